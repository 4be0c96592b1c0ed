package io.phonebench.emulator.virtual;

import io.phonebench.protocol.device.DeviceInformation;
import io.phonebench.protocol.device.DeviceLog;
import io.phonebench.protocol.device.EthernetInformation;
import io.phonebench.protocol.device.NetworkConfiguration;
import io.phonebench.protocol.device.PortInformation;
import io.phonebench.protocol.device.StreamingStatistics;
import io.phonebench.protocol.xml.XmlWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes one device page, XML for automation ({@code /DeviceInformationX}) or HTML for people
 * ({@code /DeviceInformation}), from the same ordered fields. The XML is the protocol module's own serialisation of
 * the page, so the virtual phone and the bench's parser cannot disagree about its shape. Root elements drop the X
 * (docs/xml-object-reference.md §7).
 */
final class DevicePageWriter {
    private DevicePageWriter() {
    }

    static String xml(String root, Map<String, String> fields, boolean malformed) {
        String wellFormed = new String(serialise(root, fields), StandardCharsets.UTF_8);
        if (!malformed) {
            return wellFormed;
        }
        // The firmware bug of malformed-device-pages: the root never closed and a repeated declaration inside the
        // body (as 79xx DeviceLogX does, §7.6).
        String declaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
        return wellFormed.substring(0, wellFormed.lastIndexOf("</" + root + ">")) + declaration;
    }

    /**
     * DeviceLogX in the form 79xx firmware serves it (docs/reference-model.md, DeviceLog): no root element, an XML
     * declaration before every entry, each {@code <status>} a time stamp followed by a child element holding the
     * message. Not well-formed XML; clients strip the declarations before parsing. The child's name is not documented
     * (clients read it as the entry after the time stamp); {@code msg} is this emulator's choice.
     *
     * @param lines time stamp and message of each line, in log order
     */
    static String deviceLog79xx(java.util.List<Map.Entry<String, String>> lines) {
        StringBuilder b = new StringBuilder();
        lines.forEach(line -> b.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
                .append("<status>").append(XmlWriter.escape(line.getKey())).append(" <msg>")
                .append(XmlWriter.escape(line.getValue()))
                .append("</msg></status>\n"));
        return b.toString();
    }

    private static byte[] serialise(String root, Map<String, String> fields) {
        return switch (root) {
            case DeviceInformation.ROOT -> new DeviceInformation(fields).serialise(StandardCharsets.UTF_8);
            case NetworkConfiguration.ROOT -> new NetworkConfiguration(fields).serialise(StandardCharsets.UTF_8);
            case EthernetInformation.ROOT -> new EthernetInformation(fields).serialise(StandardCharsets.UTF_8);
            case PortInformation.ROOT -> new PortInformation(fields).serialise(StandardCharsets.UTF_8);
            case StreamingStatistics.ROOT -> new StreamingStatistics(fields).serialise(StandardCharsets.UTF_8);
            case DeviceLog.ROOT -> new DeviceLog(fields.entrySet().stream()
                    .map(e -> new DeviceLog.Entry(e.getKey(), e.getValue())).toList()).serialise(StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException("device page: expected one of DeviceInformation,"
                    + " NetworkConfiguration, EthernetInformation, PortInformation, StreamingStatistics, DeviceLog;"
                    + " saw " + root);
        };
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
