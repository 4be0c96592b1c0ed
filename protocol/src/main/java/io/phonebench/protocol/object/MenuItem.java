package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlWriter;
import java.util.List;

/**
 * A menu entry. The SDK uses one element name in four objects with different content: {@code iconIndex} belongs to
 * CiscoIPPhoneIconMenu and CiscoIPPhoneIconFileMenu, {@code touchArea} to CiscoIPPhoneGraphicFileMenu; both are
 * null elsewhere. The parser only accepts the children the enclosing object allows.
 */
public record MenuItem(String name, String url, Integer iconIndex, TouchArea touchArea) {
    static final String ELEMENT = "MenuItem";

    /** Which children a MenuItem may have inside a given object. */
    enum Kind {
        PLAIN(List.of("Name", "URL")),
        ICON(List.of("IconIndex", "Name", "URL")),
        TOUCH(List.of("Name", "URL", "TouchArea"));

        private final List<String> children;

        Kind(List<String> children) {
            this.children = children;
        }
    }

    public MenuItem(String name, String url) {
        this(name, url, null, null);
    }

    public static MenuItem withIcon(int iconIndex, String name, String url) {
        return new MenuItem(name, url, iconIndex, null);
    }

    public static MenuItem withTouchArea(String name, String url, TouchArea touchArea) {
        return new MenuItem(name, url, null, touchArea);
    }

    static List<MenuItem> readAll(ElementReader parent, Kind kind) {
        return parent.all(ELEMENT).stream().map(e -> read(e, kind)).toList();
    }

    private static MenuItem read(XmlElement e, Kind kind) {
        ElementReader r = ElementReader.of(e, kind.children, List.of(), List.of());
        TouchArea area = r.element().child(TouchArea.ELEMENT).map(TouchArea::read).orElse(null);
        if (kind == Kind.TOUCH && area == null) {
            throw r.missing(TouchArea.ELEMENT);
        }
        return new MenuItem(r.text("Name"), r.requiredUrl("URL"), r.integer("IconIndex"), area);
    }

    static void writeAll(XmlWriter w, List<MenuItem> items) {
        items.forEach(i -> i.write(w));
    }

    private void write(XmlWriter w) {
        w.start(ELEMENT).element("IconIndex", iconIndex).element("Name", name).element("URL", url);
        if (touchArea != null) {
            touchArea.write(w);
        }
        w.end(ELEMENT);
    }
}
