package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlWriter;
import java.util.List;
import java.util.Optional;

/** A PNG with touch areas for pointer and touch models; each MenuItem carries its TouchArea. */
public record CiscoIPPhoneGraphicFileMenu(String title, String prompt, Integer locationX, Integer locationY,
                                          String url, List<MenuItem> menuItems, List<SoftKeyItem> softKeyItems,
                                          WindowMode windowMode, AppEventHandlers events)
        implements DisplayableObject {
    static final String ROOT = "CiscoIPPhoneGraphicFileMenu";

    public CiscoIPPhoneGraphicFileMenu {
        menuItems = menuItems == null ? List.of() : List.copyOf(menuItems);
        softKeyItems = softKeyItems == null ? List.of() : List.copyOf(softKeyItems);
        events = events == null ? AppEventHandlers.NONE : events;
    }

    public CiscoIPPhoneGraphicFileMenu(String title, String prompt, int locationX, int locationY, String url,
                                       List<MenuItem> menuItems) {
        this(title, prompt, locationX, locationY, url, menuItems, List.of(), null, AppEventHandlers.NONE);
    }

    /** The item a touch at (x, y) selects: the first whose area contains it, as the phone does. */
    public Optional<MenuItem> itemAt(int x, int y) {
        return menuItems.stream().filter(i -> i.touchArea() != null && i.touchArea().contains(x, y)).findFirst();
    }

    static CiscoIPPhoneGraphicFileMenu read(XmlElement e) {
        ElementReader r = ElementReader.of(e, List.of("Title", "Prompt", "LocationX", "LocationY", "URL"),
                List.of("MenuItem", "SoftKeyItem"), CiscoIPPhoneImage.imageAttributes());
        return new CiscoIPPhoneGraphicFileMenu(r.text("Title"), r.text("Prompt"), r.integer("LocationX"),
                r.integer("LocationY"), r.requiredUrl("URL"), MenuItem.readAll(r, MenuItem.Kind.TOUCH),
                SoftKeyItem.readAll(r), WindowMode.read(r), AppEventHandlers.read(r));
    }

    @Override
    public String toXml() {
        XmlWriter w = new XmlWriter();
        CiscoIPPhoneImage.writeStart(w, ROOT, windowMode, events);
        w.element("Title", title).element("Prompt", prompt)
                .element("LocationX", locationX).element("LocationY", locationY).element("URL", url);
        MenuItem.writeAll(w, menuItems);
        SoftKeyItem.writeAll(w, softKeyItems);
        return w.end(ROOT).toString();
    }
}
