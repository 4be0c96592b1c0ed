package io.phonebench.protocol.device;

import io.phonebench.protocol.xml.SecureXml;
import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlWriter;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads and writes the flat {@code <Root><Field>value</Field>...</Root>} shape shared by the device pages. */
final class DevicePageXml {
    private DevicePageXml() {
    }

    /** Fields of a flat page, in document order; refuses another root, nested fields and repeated fields. */
    static Map<String, String> read(byte[] body, String contentTypeCharset, String expectedRoot) {
        XmlElement root = SecureXml.parse(body, contentTypeCharset);
        if (!root.name().equals(expectedRoot)) {
            throw root.problem("expected root element <" + expectedRoot + "> but found <" + root.name() + ">");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (XmlElement child : root.children()) {
            if (!child.children().isEmpty()) {
                throw child.problem("expected <" + child.name() + "> in <" + expectedRoot + "> to hold text only but"
                        + " it contains <" + child.children().get(0).name() + ">");
            }
            if (fields.putIfAbsent(child.name(), child.text()) != null) {
                throw child.problem("expected each field of <" + expectedRoot + "> once but <" + child.name()
                        + "> repeats");
            }
        }
        return fields;
    }

    static Map<String, String> copy(Map<String, String> fields) {
        fields.forEach((name, value) -> {
            if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_.-]*") || value == null) {
                throw new IllegalArgumentException("a device page field needs an XML element name and a value, got "
                        + name + " = " + value);
            }
        });
        return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    static byte[] write(String root, Map<String, String> fields, Charset charset) {
        XmlWriter w = new XmlWriter().start(root).text("\n");
        fields.forEach((name, value) -> w.element(name, value).text("\n"));
        w.end(root);
        return encode(declaration(charset) + "\n" + w, charset);
    }

    static String declaration(Charset charset) {
        return "<?xml version=\"1.0\" encoding=\"" + charset.name().toLowerCase() + "\"?>";
    }

    /** Encodes, writing characters the charset lacks as numeric references so nothing turns into '?'. */
    static byte[] encode(String xml, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        StringBuilder b = new StringBuilder(xml.length());
        xml.codePoints().forEach(cp -> {
            String s = new String(Character.toChars(cp));
            if (encoder.canEncode(s)) {
                b.append(s);
            } else {
                b.append("&#x").append(Integer.toHexString(cp)).append(';');
            }
        });
        return b.toString().getBytes(charset);
    }
}
