package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlWriter;
import java.util.List;

/**
 * The touch rectangle of a CiscoIPPhoneGraphicFileMenu item, relative to the upper left of the services display.
 * Rectangles may overlap (the first matching item wins) and are clipped to the display.
 */
public record TouchArea(int x1, int y1, int x2, int y2) {
    static final String ELEMENT = "TouchArea";

    static TouchArea read(XmlElement e) {
        ElementReader r = ElementReader.of(e, List.of(), List.of(), List.of("X1", "Y1", "X2", "Y2"));
        return new TouchArea(r.requiredIntAttribute("X1"), r.requiredIntAttribute("Y1"),
                r.requiredIntAttribute("X2"), r.requiredIntAttribute("Y2"));
    }

    void write(XmlWriter w) {
        w.start(ELEMENT).attribute("X1", x1).attribute("Y1", y1).attribute("X2", x2).attribute("Y2", y2).end(ELEMENT);
    }

    public boolean contains(int x, int y) {
        return x >= x1 && x <= x2 && y >= y1 && y <= y2;
    }
}
