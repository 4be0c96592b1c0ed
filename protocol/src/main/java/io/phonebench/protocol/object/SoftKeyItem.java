package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlWriter;
import java.util.List;

/**
 * A custom softkey (docs/xml-object-reference.md §2.3): {@code url} runs when the key is released, {@code urlDown}
 * (internal
 * URIs only) when it is pressed. Position -1 is the Applications/Settings button, 1..16 the softkeys of desk phones.
 */
public record SoftKeyItem(String name, String url, String urlDown, int position) {
    static final String ELEMENT = "SoftKeyItem";

    public SoftKeyItem(String name, String url, int position) {
        this(name, url, null, position);
    }

    static List<SoftKeyItem> readAll(ElementReader parent) {
        return parent.all(ELEMENT).stream().map(SoftKeyItem::read).toList();
    }

    static SoftKeyItem read(XmlElement e) {
        ElementReader r = ElementReader.of(e, List.of("Name", "URL", "URLDown", "Position"), List.of(), List.of());
        return new SoftKeyItem(r.requiredText("Name"), r.url("URL"), r.url("URLDown"), r.requiredInt("Position"));
    }

    static void writeAll(XmlWriter w, List<SoftKeyItem> items) {
        items.forEach(i -> i.write(w));
    }

    void write(XmlWriter w) {
        w.start(ELEMENT)
                .element("Name", name)
                .element("URL", url)
                .element("URLDown", urlDown)
                .element("Position", position)
                .end(ELEMENT);
    }
}
