package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlWriter;
import java.util.List;

/** A list of items the user selects from; at most 100 MenuItems (docs/xml-object-reference.md §2.1). */
public record CiscoIPPhoneMenu(String title, String prompt, List<MenuItem> menuItems, List<SoftKeyItem> softKeyItems,
                               AppEventHandlers events) implements DisplayableObject {
    static final String ROOT = "CiscoIPPhoneMenu";

    public CiscoIPPhoneMenu {
        menuItems = menuItems == null ? List.of() : List.copyOf(menuItems);
        softKeyItems = softKeyItems == null ? List.of() : List.copyOf(softKeyItems);
        events = events == null ? AppEventHandlers.NONE : events;
    }

    public CiscoIPPhoneMenu(String title, String prompt, List<MenuItem> menuItems) {
        this(title, prompt, menuItems, List.of(), AppEventHandlers.NONE);
    }

    public CiscoIPPhoneMenu withSoftKeys(List<SoftKeyItem> keys) {
        return new CiscoIPPhoneMenu(title, prompt, menuItems, keys, events);
    }

    static CiscoIPPhoneMenu read(XmlElement e) {
        ElementReader r = ElementReader.of(e, List.of("Title", "Prompt"), List.of("MenuItem", "SoftKeyItem"),
                AppEventHandlers.ATTRIBUTES);
        return new CiscoIPPhoneMenu(r.text("Title"), r.text("Prompt"), MenuItem.readAll(r, MenuItem.Kind.PLAIN),
                SoftKeyItem.readAll(r), AppEventHandlers.read(r));
    }

    @Override
    public String toXml() {
        XmlWriter w = new XmlWriter().start(ROOT);
        events.write(w);
        w.element("Title", title).element("Prompt", prompt);
        MenuItem.writeAll(w, menuItems);
        SoftKeyItem.writeAll(w, softKeyItems);
        return w.end(ROOT).toString();
    }
}
