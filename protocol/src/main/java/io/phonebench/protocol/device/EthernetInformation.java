package io.phonebench.protocol.device;

import java.util.Map;
import java.util.OptionalLong;

/** {@code /EthernetInformationX}: frame counters (docs/xml-object-reference.md §7.3; the field set differs by firmware). */
public record EthernetInformation(Map<String, String> fields) implements DevicePage {
    public static final String ROOT = "EthernetInformation";
    public static final String PATH = "/EthernetInformationX";

    public EthernetInformation {
        fields = DevicePageXml.copy(fields);
    }

    public static EthernetInformation parse(byte[] body, String contentTypeCharset) {
        return new EthernetInformation(DevicePageXml.read(body, contentTypeCharset, ROOT));
    }

    @Override
    public String rootName() {
        return ROOT;
    }

    public OptionalLong txFrames() {
        return counter("TxFrames");
    }

    public OptionalLong rxFrames() {
        return counter("RxFrames");
    }

    public OptionalLong txBroadcasts() {
        return counter("TxBroadcasts");
    }

    public OptionalLong rxBroadcasts() {
        return counter("RxBroadcasts");
    }

    public OptionalLong txMulticasts() {
        return counter("TxMulticasts");
    }

    public OptionalLong rxMulticasts() {
        return counter("RxMulticasts");
    }

    /** 7940-era only. */
    public OptionalLong rxCrcErrors() {
        return counter("RxCRCErrors");
    }
}
