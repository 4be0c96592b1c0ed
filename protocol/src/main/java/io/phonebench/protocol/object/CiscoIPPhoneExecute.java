package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlWriter;
import java.util.List;

/**
 * Not displayed: the phone runs each item (in no guaranteed order) and answers with a CiscoIPPhoneResponse. At most
 * 3 items, of which at most one HTTP URL (docs/xml-object-reference.md §2.1).
 */
public record CiscoIPPhoneExecute(List<ExecuteItem> executeItems) implements CiscoIPPhoneObject {
    static final String ROOT = "CiscoIPPhoneExecute";

    public CiscoIPPhoneExecute {
        executeItems = executeItems == null ? List.of() : List.copyOf(executeItems);
    }

    public static CiscoIPPhoneExecute of(ExecuteItem... items) {
        return new CiscoIPPhoneExecute(List.of(items));
    }

    /** The usual way to get a large object onto a phone: push this, and the phone GETs {@code url}. */
    public static CiscoIPPhoneExecute fetch(String url) {
        return of(new ExecuteItem(url));
    }

    static CiscoIPPhoneExecute read(XmlElement e) {
        ElementReader r = ElementReader.of(e, List.of(), List.of("ExecuteItem"), List.of());
        return new CiscoIPPhoneExecute(ExecuteItem.readAll(r));
    }

    @Override
    public String toXml() {
        XmlWriter w = new XmlWriter().start(ROOT);
        executeItems.forEach(i -> i.write(w));
        return w.end(ROOT).toString();
    }
}
