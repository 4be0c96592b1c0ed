package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlWriter;
import java.util.List;

/** A menu whose items show PNG icons (at most 18x18) fetched from each IconItem's URL. */
public record CiscoIPPhoneIconFileMenu(String title, String prompt, List<MenuItem> menuItems,
                                       List<SoftKeyItem> softKeyItems, List<IconItem> iconItems,
                                       AppEventHandlers events) implements DisplayableObject {
    static final String ROOT = "CiscoIPPhoneIconFileMenu";

    public CiscoIPPhoneIconFileMenu {
        menuItems = menuItems == null ? List.of() : List.copyOf(menuItems);
        softKeyItems = softKeyItems == null ? List.of() : List.copyOf(softKeyItems);
        iconItems = iconItems == null ? List.of() : List.copyOf(iconItems);
        events = events == null ? AppEventHandlers.NONE : events;
    }

    public CiscoIPPhoneIconFileMenu(String title, String prompt, List<MenuItem> menuItems, List<IconItem> iconItems) {
        this(title, prompt, menuItems, List.of(), iconItems, AppEventHandlers.NONE);
    }

    static CiscoIPPhoneIconFileMenu read(XmlElement e) {
        ElementReader r = ElementReader.of(e, List.of("Title", "Prompt"),
                List.of("MenuItem", "SoftKeyItem", "IconItem"), AppEventHandlers.ATTRIBUTES);
        return new CiscoIPPhoneIconFileMenu(r.text("Title"), r.text("Prompt"),
                MenuItem.readAll(r, MenuItem.Kind.ICON), SoftKeyItem.readAll(r), IconItem.readFiles(r),
                AppEventHandlers.read(r));
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
