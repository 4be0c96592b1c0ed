package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlWriter;
import java.util.List;

/** A menu whose items show CIP icons (at most 16x10, Index 0..9); at most 32 MenuItems. */
public record CiscoIPPhoneIconMenu(String title, String prompt, List<MenuItem> menuItems,
                                   List<SoftKeyItem> softKeyItems, List<IconItem> iconItems, AppEventHandlers events)
        implements DisplayableObject {
    static final String ROOT = "CiscoIPPhoneIconMenu";

    public CiscoIPPhoneIconMenu {
        menuItems = menuItems == null ? List.of() : List.copyOf(menuItems);
        softKeyItems = softKeyItems == null ? List.of() : List.copyOf(softKeyItems);
        iconItems = iconItems == null ? List.of() : List.copyOf(iconItems);
        events = events == null ? AppEventHandlers.NONE : events;
    }

    public CiscoIPPhoneIconMenu(String title, String prompt, List<MenuItem> menuItems, List<IconItem> iconItems) {
        this(title, prompt, menuItems, List.of(), iconItems, AppEventHandlers.NONE);
    }

    static CiscoIPPhoneIconMenu read(XmlElement e) {
        ElementReader r = ElementReader.of(e, List.of("Title", "Prompt"),
                List.of("MenuItem", "SoftKeyItem", "IconItem"), AppEventHandlers.ATTRIBUTES);
        return new CiscoIPPhoneIconMenu(r.text("Title"), r.text("Prompt"), MenuItem.readAll(r, MenuItem.Kind.ICON),
                SoftKeyItem.readAll(r), IconItem.readBitmaps(r), AppEventHandlers.read(r));
    }

    @Override
    public String toXml() {
        XmlWriter w = new XmlWriter().start(ROOT);
        events.write(w);
        w.element("Title", title).element("Prompt", prompt);
        MenuItem.writeAll(w, menuItems);
        SoftKeyItem.writeAll(w, softKeyItems);
        IconItem.writeAll(w, iconItems);
        return w.end(ROOT).toString();
    }
}
