package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlWriter;
import java.util.List;
import java.util.stream.Stream;

/**
 * A greyscale CIP bitmap drawn at {@code locationX, locationY} of the services pane (-1,-1 centres it; null when the
 * document leaves the location out).
 */
public record CiscoIPPhoneImage(String title, String prompt, Integer locationX, Integer locationY, CipBitmap bitmap,
                                List<SoftKeyItem> softKeyItems, WindowMode windowMode, AppEventHandlers events)
        implements DisplayableObject {
    static final String ROOT = "CiscoIPPhoneImage";
    static final List<String> CHILDREN =
            List.of("Title", "Prompt", "LocationX", "LocationY", "Width", "Height", "Depth", "Data");

    public CiscoIPPhoneImage {
        softKeyItems = softKeyItems == null ? List.of() : List.copyOf(softKeyItems);
        events = events == null ? AppEventHandlers.NONE : events;
    }

    public CiscoIPPhoneImage(String title, String prompt, int locationX, int locationY, CipBitmap bitmap) {
        this(title, prompt, locationX, locationY, bitmap, List.of(), null, AppEventHandlers.NONE);
    }

    static CiscoIPPhoneImage read(XmlElement e) {
        ElementReader r = ElementReader.of(e, CHILDREN, List.of("SoftKeyItem"), imageAttributes());
        return new CiscoIPPhoneImage(r.text("Title"), r.text("Prompt"), r.integer("LocationX"), r.integer("LocationY"),
                CipBitmap.read(r), SoftKeyItem.readAll(r), WindowMode.read(r), AppEventHandlers.read(r));
    }

    /** Image objects also take the 69xx-era WindowMode attribute. */
    static List<String> imageAttributes() {
        return Stream.concat(AppEventHandlers.ATTRIBUTES.stream(), Stream.of("WindowMode")).toList();
    }

    static void writeStart(XmlWriter w, String root, WindowMode mode, AppEventHandlers events) {
        w.start(root);
        if (mode != null) {
            w.attribute("WindowMode", mode.xml());
        }
        events.write(w);
    }

    @Override
    public String toXml() {
        XmlWriter w = new XmlWriter();
        writeStart(w, ROOT, windowMode, events);
        w.element("Title", title).element("Prompt", prompt)
                .element("LocationX", locationX).element("LocationY", locationY);
        if (bitmap != null) {
            bitmap.write(w);
        }
        SoftKeyItem.writeAll(w, softKeyItems);
        return w.end(ROOT).toString();
    }
}
