package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlWriter;
import java.util.List;

/**
 * A CIP bitmap whose items the user picks with keypad keys 1..12; at most 12 MenuItems, whose Name is not shown
 * but becomes the next page's default title.
 */
public record CiscoIPPhoneGraphicMenu(String title, String prompt, Integer locationX, Integer locationY,
                                      CipBitmap bitmap, List<MenuItem> menuItems, List<SoftKeyItem> softKeyItems,
                                      WindowMode windowMode, AppEventHandlers events) implements DisplayableObject {
    static final String ROOT = "CiscoIPPhoneGraphicMenu";

    public CiscoIPPhoneGraphicMenu {
        menuItems = menuItems == null ? List.of() : List.copyOf(menuItems);
        softKeyItems = softKeyItems == null ? List.of() : List.copyOf(softKeyItems);
        events = events == null ? AppEventHandlers.NONE : events;
    }

    public CiscoIPPhoneGraphicMenu(String title, String prompt, int locationX, int locationY, CipBitmap bitmap,
                                   List<MenuItem> menuItems) {
        this(title, prompt, locationX, locationY, bitmap, menuItems, List.of(), null, AppEventHandlers.NONE);
    }

    static CiscoIPPhoneGraphicMenu read(XmlElement e) {
        ElementReader r = ElementReader.of(e, CiscoIPPhoneImage.CHILDREN, List.of("MenuItem", "SoftKeyItem"),
                CiscoIPPhoneImage.imageAttributes());
        return new CiscoIPPhoneGraphicMenu(r.text("Title"), r.text("Prompt"), r.integer("LocationX"),
                r.integer("LocationY"), CipBitmap.read(r), MenuItem.readAll(r, MenuItem.Kind.PLAIN),
                SoftKeyItem.readAll(r), WindowMode.read(r), AppEventHandlers.read(r));
    }

    @Override
    public String toXml() {
        XmlWriter w = new XmlWriter();
        CiscoIPPhoneImage.writeStart(w, ROOT, windowMode, events);
        w.element("Title", title).element("Prompt", prompt)
                .element("LocationX", locationX).element("LocationY", locationY);
        if (bitmap != null) {
            bitmap.write(w);
        }
        MenuItem.writeAll(w, menuItems);
        SoftKeyItem.writeAll(w, softKeyItems);
        return w.end(ROOT).toString();
    }
}
