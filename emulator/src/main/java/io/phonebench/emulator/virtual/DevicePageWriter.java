package io.phonebench.emulator.virtual;

import io.phonebench.protocol.xml.XmlWriter;
import java.util.Map;

/**
 * Writes one device page, XML for automation ({@code /DeviceInformationX}) or HTML for people
 * ({@code /DeviceInformation}), from the same ordered fields. Root elements drop the X (xml-objects.md §7).
 */
final class DevicePageWriter {
    private DevicePageWriter() {
    }

    static String xml(String root, Map<String, String> fields, boolean malformed) {
        XmlWriter w = new XmlWriter().start(root);
        fields.forEach(w::element);
        String body = w.end(root).toString();
        String declaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
        if (malformed) {
            // The firmware bug of malformed-device-pages: a repeated declaration inside the body (as 79xx DeviceLogX
            // does, §7.6) and the root never closed.
            return declaration + body.substring(0, body.length() - root.length() - 3) + declaration;
        }
        return declaration + body;
    }

    static String html(String title, Map<String, String> fields) {
        StringBuilder b = new StringBuilder(2048)
                .append("<HTML><HEAD><TITLE>").append(XmlWriter.escape(title)).append("</TITLE></HEAD><BODY>\n")
                .append("<H1>").append(XmlWriter.escape(title)).append("</H1>\n<TABLE>\n");
        fields.forEach((name, value) -> b.append("<TR><TD><B> ").append(XmlWriter.escape(name))
                .append(" </B></TD><TD width=20></TD><TD><B>").append(XmlWriter.escape(value))
                .append("</B></TD></TR>\n"));
        return b.append("</TABLE></BODY></HTML>\n").toString();
    }
}
