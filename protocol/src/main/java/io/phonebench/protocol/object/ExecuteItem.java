package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlWriter;
import java.util.List;

/**
 * One URL or internal URI of a CiscoIPPhoneExecute. {@code priority} (0 immediately, 1 when idle, 2 only if idle
 * now) is null when absent, which the phone treats as 0; it is only meaningful for HTTP URLs
 * (docs/xml-object-reference.md §3.1).
 */
public record ExecuteItem(String url, Integer priority) {
    static final String ELEMENT = "ExecuteItem";
    public static final int EXECUTE_IMMEDIATELY = 0;
    public static final int EXECUTE_WHEN_IDLE = 1;
    public static final int EXECUTE_IF_IDLE = 2;

    public ExecuteItem(String url) {
        this(url, null);
    }

    /** True for http: and https: URLs, false for internal URIs such as Key:Services or RTPRx:... */
    public boolean isHttp() {
        return Validation.isHttp(url);
    }

    /** The priority the phone applies: absent means 0, internal URIs always run immediately. */
    public int effectivePriority() {
        return priority == null || !isHttp() ? EXECUTE_IMMEDIATELY : priority;
    }

    static List<ExecuteItem> readAll(ElementReader parent) {
        return parent.all(ELEMENT).stream().map(ExecuteItem::read).toList();
    }

    private static ExecuteItem read(XmlElement e) {
        ElementReader r = ElementReader.of(e, List.of(), List.of(), List.of("URL", "Priority"));
        return new ExecuteItem(r.requiredAttribute("URL").strip(), r.intAttribute("Priority"));
    }

    void write(XmlWriter w) {
        w.start(ELEMENT).attribute("Priority", priority).attribute("URL", url).end(ELEMENT);
    }
}
