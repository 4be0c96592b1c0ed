package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlWriter;
import java.util.List;

/** Names and numbers, at most 32 per object; longer lists chain objects through a Refresh header and Next. */
public record CiscoIPPhoneDirectory(String title, String prompt, List<DirectoryEntry> directoryEntries,
                                    List<SoftKeyItem> softKeyItems, AppEventHandlers events)
        implements DisplayableObject {
    static final String ROOT = "CiscoIPPhoneDirectory";

    public CiscoIPPhoneDirectory {
        directoryEntries = directoryEntries == null ? List.of() : List.copyOf(directoryEntries);
        softKeyItems = softKeyItems == null ? List.of() : List.copyOf(softKeyItems);
        events = events == null ? AppEventHandlers.NONE : events;
    }

    public CiscoIPPhoneDirectory(String title, String prompt, List<DirectoryEntry> directoryEntries) {
        this(title, prompt, directoryEntries, List.of(), AppEventHandlers.NONE);
    }

    static CiscoIPPhoneDirectory read(XmlElement e) {
        ElementReader r = ElementReader.of(e, List.of("Title", "Prompt"), List.of("DirectoryEntry", "SoftKeyItem"),
                AppEventHandlers.ATTRIBUTES);
        return new CiscoIPPhoneDirectory(r.text("Title"), r.text("Prompt"), DirectoryEntry.readAll(r),
                SoftKeyItem.readAll(r), AppEventHandlers.read(r));
    }

    @Override
    public String toXml() {
        XmlWriter w = new XmlWriter().start(ROOT);
        events.write(w);
        w.element("Title", title).element("Prompt", prompt);
        directoryEntries.forEach(d -> d.write(w));
        SoftKeyItem.writeAll(w, softKeyItems);
        return w.end(ROOT).toString();
    }
}
