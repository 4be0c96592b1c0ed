package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlWriter;
import java.util.List;

/** A CiscoIPPhoneDirectory row; the phone offers Dial and EditDial on it. */
public record DirectoryEntry(String name, String telephone) {
    static final String ELEMENT = "DirectoryEntry";

    static List<DirectoryEntry> readAll(ElementReader parent) {
        return parent.all(ELEMENT).stream().map(DirectoryEntry::read).toList();
    }

    private static DirectoryEntry read(XmlElement e) {
        ElementReader r = ElementReader.of(e, List.of("Name", "Telephone"), List.of(), List.of());
        return new DirectoryEntry(r.text("Name"), r.requiredText("Telephone").strip());
    }

    void write(XmlWriter w) {
        w.start(ELEMENT).element("Name", name).element("Telephone", telephone).end(ELEMENT);
    }
}
