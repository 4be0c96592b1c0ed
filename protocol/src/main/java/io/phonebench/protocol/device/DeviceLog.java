package io.phonebench.protocol.device;

import io.phonebench.protocol.xml.SecureXml;
import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /DeviceLogX?n}: log entries in document order. 79xx firmware puts several {@code <?xml ...?>} declarations
 * inside one body, which no XML parser accepts (docs/xml-object-reference.md §7.6); like usecallmanagernz's xmlinfo
 * this strips
 * them (keeping the first one's encoding) before parsing through {@link SecureXml}. Every leaf element is an entry,
 * and so is an element with its own text before child elements: 79xx firmware writes each {@code <status>} as a
 * time stamp followed by a child element, which reads as a {@code status} entry holding the time stamp and then the
 * child's entries. Both that form and the single-declaration {@code <DeviceLog>} document parse.
 */
public record DeviceLog(List<Entry> entries) {
    public static final String ROOT = "DeviceLog";
    public static final String PATH = "/DeviceLogX";
    private static final Pattern DECLARATION = Pattern.compile("<\\?xml[^?]*\\?>");
    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
    private static final String WRAPPER = "phonebench-devicelog";

    /** One leaf element of the log: its name (e.g. {@code status}) and raw text. */
    public record Entry(String name, String text) {
    }

    public DeviceLog {
        entries = List.copyOf(entries);
    }

    public static DeviceLog parse(byte[] body, String contentTypeCharset) {
        // ISO-8859-1 maps bytes 1:1, so the declarations can be cut out without decoding the real charset.
        String raw = new String(body, StandardCharsets.ISO_8859_1);
        Matcher encoding = ENCODING.matcher(raw.substring(0, Math.min(raw.length(), 200)));
        String charset = contentTypeCharset != null ? contentTypeCharset
                : raw.startsWith("<?xml") && encoding.find() ? encoding.group(1) : "UTF-8";
        String stripped = DECLARATION.matcher(raw).replaceAll("");
        byte[] wrapped = ("<" + WRAPPER + ">" + stripped + "</" + WRAPPER + ">").getBytes(StandardCharsets.ISO_8859_1);
        XmlElement root = SecureXml.parse(wrapped, charset);
        List<Entry> entries = new ArrayList<>();
        for (XmlElement top : root.children()) {
            if (top.name().equals(ROOT)) {
                collect(top, entries);
            } else {
                entry(top, entries);
            }
        }
        return new DeviceLog(entries);
    }

    private static void collect(XmlElement element, List<Entry> into) {
        element.children().forEach(child -> entry(child, into));
    }

    /** A leaf is one entry; an element with text of its own and children is that text, then its children's. */
    private static void entry(XmlElement element, List<Entry> into) {
        if (element.children().isEmpty()) {
            into.add(new Entry(element.name(), element.text()));
            return;
        }
        if (!element.text().isBlank()) {
            into.add(new Entry(element.name(), element.text().strip()));
        }
        collect(element, into);
    }

    /** Texts of the {@code <status>} entries. */
    public List<String> statuses() {
        return entries.stream().filter(e -> e.name().equals("status")).map(Entry::text).toList();
    }

    /** A well-formed {@code <DeviceLog>} document with one declaration. */
    public byte[] serialise(Charset charset) {
        XmlWriter w = new XmlWriter().start(ROOT).text("\n");
        entries.forEach(e -> w.element(e.name(), e.text()).text("\n"));
        w.end(ROOT);
        return DevicePageXml.encode(DevicePageXml.declaration(charset) + "\n" + w, charset);
    }
}
