package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlWriter;
import java.util.List;

/** A PNG (palettised or RGB, served as image/png) fetched from {@code url} and drawn on the services pane. */
public record CiscoIPPhoneImageFile(String title, String prompt, Integer locationX, Integer locationY, String url,
                                    List<SoftKeyItem> softKeyItems, WindowMode windowMode, AppEventHandlers events)
        implements DisplayableObject {
    static final String ROOT = "CiscoIPPhoneImageFile";

    public CiscoIPPhoneImageFile {
        softKeyItems = softKeyItems == null ? List.of() : List.copyOf(softKeyItems);
        events = events == null ? AppEventHandlers.NONE : events;
    }

    public CiscoIPPhoneImageFile(String title, String prompt, int locationX, int locationY, String url) {
        this(title, prompt, locationX, locationY, url, List.of(), null, AppEventHandlers.NONE);
    }

    static CiscoIPPhoneImageFile read(XmlElement e) {
        ElementReader r = ElementReader.of(e, List.of("Title", "Prompt", "LocationX", "LocationY", "URL"),
                List.of("SoftKeyItem"), CiscoIPPhoneImage.imageAttributes());
        return new CiscoIPPhoneImageFile(r.text("Title"), r.text("Prompt"), r.integer("LocationX"),
                r.integer("LocationY"), r.requiredUrl("URL"), SoftKeyItem.readAll(r), WindowMode.read(r),
                AppEventHandlers.read(r));
    }

    @Override
    public String toXml() {
        XmlWriter w = new XmlWriter();
        CiscoIPPhoneImage.writeStart(w, ROOT, windowMode, events);
        w.element("Title", title).element("Prompt", prompt)
                .element("LocationX", locationX).element("LocationY", locationY).element("URL", url);
        SoftKeyItem.writeAll(w, softKeyItems);
        return w.end(ROOT).toString();
    }
}
