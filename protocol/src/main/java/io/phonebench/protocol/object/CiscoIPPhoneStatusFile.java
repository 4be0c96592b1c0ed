package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlWriter;
import java.util.List;

/**
 * The colour variant of CiscoIPPhoneStatus: a PNG from {@code url}. The SDK's softkey rule excludes only
 * CiscoIPPhoneStatus, so SoftKeyItems are accepted here.
 */
public record CiscoIPPhoneStatusFile(String text, Integer timer, Integer locationX, Integer locationY, String url,
                                     List<SoftKeyItem> softKeyItems, AppEventHandlers events)
        implements DisplayableObject {
    static final String ROOT = "CiscoIPPhoneStatusFile";

    public CiscoIPPhoneStatusFile {
        softKeyItems = softKeyItems == null ? List.of() : List.copyOf(softKeyItems);
        events = events == null ? AppEventHandlers.NONE : events;
    }

    public CiscoIPPhoneStatusFile(String text, Integer timer, int locationX, int locationY, String url) {
        this(text, timer, locationX, locationY, url, List.of(), AppEventHandlers.NONE);
    }

    static CiscoIPPhoneStatusFile read(XmlElement e) {
        ElementReader r = ElementReader.of(e, List.of("Text", "Timer", "LocationX", "LocationY", "URL"),
                List.of("SoftKeyItem"), AppEventHandlers.ATTRIBUTES);
        return new CiscoIPPhoneStatusFile(r.text("Text"), r.integer("Timer"), r.integer("LocationX"),
                r.integer("LocationY"), r.requiredUrl("URL"), SoftKeyItem.readAll(r), AppEventHandlers.read(r));
    }

    @Override
    public String toXml() {
        XmlWriter w = new XmlWriter().start(ROOT);
        events.write(w);
        w.element("Text", text).element("Timer", timer)
                .element("LocationX", locationX).element("LocationY", locationY).element("URL", url);
        SoftKeyItem.writeAll(w, softKeyItems);
        return w.end(ROOT).toString();
    }
}
