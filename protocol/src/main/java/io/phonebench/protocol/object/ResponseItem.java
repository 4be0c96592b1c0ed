package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of one ExecuteItem: {@code status} 0 is success (with Data "Success" for URIs), 1 a parse error,
 * 6 an internal error (docs/xml-object-reference.md §3.2).
 */
public record ResponseItem(int status, String data, String url) {
    static final String ELEMENT = "ResponseItem";
    private static final List<String> ATTRIBUTES = List.of("Status", "Data", "URL");

    public static ResponseItem success(String url) {
        return new ResponseItem(0, "Success", url);
    }

    public boolean succeeded() {
        return status == 0;
    }

    /** A loop, not a stream: every push reads its answer through here (see XmlElement#children). */
    static List<ResponseItem> readAll(ElementReader parent) {
        List<XmlElement> elements = parent.all(ELEMENT);
        List<ResponseItem> items = new ArrayList<>(elements.size());
        for (XmlElement e : elements) {
            items.add(read(e));
        }
        return items;
    }

    private static ResponseItem read(XmlElement e) {
        ElementReader r = ElementReader.of(e, List.of(), List.of(), ATTRIBUTES);
        return new ResponseItem(r.requiredIntAttribute("Status"), r.attribute("Data"), r.attribute("URL"));
    }

    /** Attribute order as in Cisco's own example: URL, Data, Status. */
    void write(XmlWriter w) {
        w.start(ELEMENT).attribute("URL", url).attribute("Data", data).attribute("Status", status).end(ELEMENT);
    }
}
