package io.phonebench.emulator.reference;

import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.protocol.object.CiscoIPPhoneDirectory;
import io.phonebench.protocol.object.CiscoIPPhoneGraphicFileMenu;
import io.phonebench.protocol.object.CiscoIPPhoneGraphicMenu;
import io.phonebench.protocol.object.CiscoIPPhoneIconFileMenu;
import io.phonebench.protocol.object.CiscoIPPhoneIconMenu;
import io.phonebench.protocol.object.CiscoIPPhoneInput;
import io.phonebench.protocol.object.CiscoIPPhoneMenu;
import io.phonebench.protocol.object.DisplayableObject;
import io.phonebench.protocol.object.SoftKeyItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The softkeys of a page. Any custom SoftKeyItem removes all defaults (docs/xml-object-reference.md §2.3). Without
 * custom keys
 * the phone's defaults apply; where no default takes the reload slot, it offers Next when a Refresh URL is present,
 * else Update. Default positions follow the 79xx / 78xx-88xx layouts of §2.3, which are [U] in the reference.
 */
final class DefaultSoftkeys {
    private DefaultSoftkeys() {
    }

    static List<Softkey> of(DisplayableObject object, boolean refreshUrlPresent, PhoneModel.Generation generation) {
        if (!object.softKeyItems().isEmpty()) {
            return object.softKeyItems().stream().map(DefaultSoftkeys::custom).toList();
        }
        boolean current = generation == PhoneModel.Generation.CURRENT;
        Softkey reload = refreshUrlPresent ? nativeKey("Next", 0) : nativeKey("Update", 0);
        List<Softkey> keys = new ArrayList<>();
        if (object instanceof CiscoIPPhoneInput) {
            keys.add(nativeKey("Submit", 1));
            keys.add(nativeKey("<<", 2));
            keys.add(nativeKey("Cancel", 3));
        } else if (object instanceof CiscoIPPhoneDirectory) {
            keys.add(nativeKey("Dial", 1));
            keys.add(nativeKey("EditDial", 2));
            keys.add(nativeKey("Exit", 3));
        } else if (selectable(object)) {
            keys.add(nativeKey("Select", current ? 2 : 1));
            keys.add(at(reload, current ? 3 : 2));
            keys.add(nativeKey("Exit", current ? 1 : 3));
        } else {
            keys.add(at(reload, current ? 3 : 1));
            keys.add(nativeKey("Exit", current ? 1 : 3));
        }
        return keys;
    }

    private static boolean selectable(DisplayableObject o) {
        return o instanceof CiscoIPPhoneMenu || o instanceof CiscoIPPhoneIconMenu || o instanceof CiscoIPPhoneGraphicMenu
                || o instanceof CiscoIPPhoneIconFileMenu || o instanceof CiscoIPPhoneGraphicFileMenu;
    }

    private static Softkey custom(SoftKeyItem item) {
        return new Softkey(item.name(), item.url(), item.urlDown(), item.position());
    }

    private static Softkey nativeKey(String action, int position) {
        return new Softkey(action, "SoftKey:" + action, null, position);
    }

    private static Softkey at(Softkey key, int position) {
        return new Softkey(key.label(), key.url(), key.urlDown(), position);
    }
}
