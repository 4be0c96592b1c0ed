package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlWriter;
import java.util.List;

/**
 * A form of at most 5 InputItems; the phone sends the values to {@code url} as a query string, or in an HTTP POST
 * when {@code urlMethod} is "post" (7800/8800 only, docs/xml-object-reference.md §2.1). {@code urlMethod} is null when
 * absent.
 */
public record CiscoIPPhoneInput(String title, String prompt, String url, String urlMethod, List<InputItem> inputItems,
                                List<SoftKeyItem> softKeyItems, AppEventHandlers events) implements DisplayableObject {
    static final String ROOT = "CiscoIPPhoneInput";

    public CiscoIPPhoneInput {
        inputItems = inputItems == null ? List.of() : List.copyOf(inputItems);
        softKeyItems = softKeyItems == null ? List.of() : List.copyOf(softKeyItems);
        events = events == null ? AppEventHandlers.NONE : events;
    }

    public CiscoIPPhoneInput(String title, String prompt, String url, List<InputItem> inputItems) {
        this(title, prompt, url, null, inputItems, List.of(), AppEventHandlers.NONE);
    }

    static CiscoIPPhoneInput read(XmlElement e) {
        ElementReader r = ElementReader.of(e, List.of("Title", "Prompt", "URL"), List.of("InputItem", "SoftKeyItem"),
                AppEventHandlers.ATTRIBUTES);
        XmlElement url = r.element().child("URL").orElseThrow(() -> r.missing("URL"));
        String method = ElementReader.of(url, List.of(), List.of(), List.of("method")).attribute("method");
        return new CiscoIPPhoneInput(r.text("Title"), r.text("Prompt"), url.text().strip(), method,
                InputItem.readAll(r), SoftKeyItem.readAll(r), AppEventHandlers.read(r));
    }

    @Override
    public String toXml() {
        XmlWriter w = new XmlWriter().start(ROOT);
        events.write(w);
        w.element("Title", title).element("Prompt", prompt);
        if (url != null) {
            w.start("URL").attribute("method", urlMethod).text(url).end("URL");
        }
        inputItems.forEach(i -> i.write(w));
        SoftKeyItem.writeAll(w, softKeyItems);
        return w.end(ROOT).toString();
    }
}
