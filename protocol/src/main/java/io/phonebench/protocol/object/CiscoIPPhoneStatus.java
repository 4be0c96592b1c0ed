package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlWriter;
import java.util.List;

/**
 * A status window on the call plane: one optional text line, an optional free-running timer seeded with
 * {@code timer} seconds, and a CIP bitmap. The user cannot close it and it carries no softkeys; only
 * {@code Init:AppStatus} clears it.
 */
public record CiscoIPPhoneStatus(String text, Integer timer, Integer locationX, Integer locationY, CipBitmap bitmap,
                                 AppEventHandlers events) implements DisplayableObject {
    static final String ROOT = "CiscoIPPhoneStatus";

    public CiscoIPPhoneStatus {
        events = events == null ? AppEventHandlers.NONE : events;
    }

    public CiscoIPPhoneStatus(String text, Integer timer, int locationX, int locationY, CipBitmap bitmap) {
        this(text, timer, locationX, locationY, bitmap, AppEventHandlers.NONE);
    }

    /** The SDK allows no custom softkeys on a Status object. */
    @Override
    public List<SoftKeyItem> softKeyItems() {
        return List.of();
    }

    static CiscoIPPhoneStatus read(XmlElement e) {
        ElementReader r = ElementReader.of(e,
                List.of("Text", "Timer", "LocationX", "LocationY", "Width", "Height", "Depth", "Data"), List.of(),
                AppEventHandlers.ATTRIBUTES);
        return new CiscoIPPhoneStatus(r.text("Text"), r.integer("Timer"), r.integer("LocationX"),
                r.integer("LocationY"), CipBitmap.read(r), AppEventHandlers.read(r));
    }

    @Override
    public String toXml() {
        XmlWriter w = new XmlWriter().start(ROOT);
        events.write(w);
        w.element("Text", text).element("Timer", timer)
                .element("LocationX", locationX).element("LocationY", locationY);
        if (bitmap != null) {
            bitmap.write(w);
        }
        return w.end(ROOT).toString();
    }
}
