package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlWriter;
import java.util.List;

/** Text the phone wraps and paginates; CR, LF and TAB are the only control characters it allows. */
public record CiscoIPPhoneText(String title, String prompt, String text, List<SoftKeyItem> softKeyItems,
                               AppEventHandlers events) implements DisplayableObject {
    static final String ROOT = "CiscoIPPhoneText";

    public CiscoIPPhoneText {
        softKeyItems = softKeyItems == null ? List.of() : List.copyOf(softKeyItems);
        events = events == null ? AppEventHandlers.NONE : events;
    }

    public CiscoIPPhoneText(String title, String prompt, String text) {
        this(title, prompt, text, List.of(), AppEventHandlers.NONE);
    }

    public CiscoIPPhoneText withSoftKeys(List<SoftKeyItem> keys) {
        return new CiscoIPPhoneText(title, prompt, text, keys, events);
    }

    static CiscoIPPhoneText read(XmlElement e) {
        ElementReader r = ElementReader.of(e, List.of("Title", "Prompt", "Text"), List.of("SoftKeyItem"),
                AppEventHandlers.ATTRIBUTES);
        return new CiscoIPPhoneText(r.text("Title"), r.text("Prompt"), r.text("Text"), SoftKeyItem.readAll(r),
                AppEventHandlers.read(r));
    }

    @Override
    public String toXml() {
        XmlWriter w = new XmlWriter().start(ROOT);
        events.write(w);
        w.element("Title", title).element("Prompt", prompt).element("Text", text);
        SoftKeyItem.writeAll(w, softKeyItems);
        return w.end(ROOT).toString();
    }
}
