package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlWriter;
import java.util.List;

/** The phone's answer to a CiscoIPPhoneExecute: one ResponseItem per ExecuteItem, in order of completion. */
public record CiscoIPPhoneResponse(List<ResponseItem> responseItems) implements CiscoIPPhoneObject {
    static final String ROOT = "CiscoIPPhoneResponse";
    private static final List<String> CHILDREN = List.of(ResponseItem.ELEMENT);

    public CiscoIPPhoneResponse {
        responseItems = responseItems == null ? List.of() : List.copyOf(responseItems);
    }

    public static CiscoIPPhoneResponse of(ResponseItem... items) {
        return new CiscoIPPhoneResponse(List.of(items));
    }

    public boolean allSucceeded() {
        return responseItems.stream().allMatch(ResponseItem::succeeded);
    }

    static CiscoIPPhoneResponse read(XmlElement e) {
        ElementReader r = ElementReader.of(e, List.of(), CHILDREN, List.of());
        return new CiscoIPPhoneResponse(ResponseItem.readAll(r));
    }

    @Override
    public String toXml() {
        XmlWriter w = new XmlWriter().start(ROOT);
        responseItems.forEach(i -> i.write(w));
        return w.end(ROOT).toString();
    }
}
