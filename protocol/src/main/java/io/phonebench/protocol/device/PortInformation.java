package io.phonebench.protocol.device;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code /PortInformationX?n}: one Ethernet port's counters and neighbours (docs/xml-object-reference.md §7.4). The
 * page does
 * not say which port it describes: the caller knows n.
 */
public record PortInformation(Map<String, String> fields) implements DevicePage {
    public static final String ROOT = "PortInformation";
    public static final String PATH = "/PortInformationX";

    public PortInformation {
        fields = DevicePageXml.copy(fields);
    }

    public static PortInformation parse(byte[] body, String contentTypeCharset) {
        return new PortInformation(DevicePageXml.read(body, contentTypeCharset, ROOT));
    }

    @Override
    public String rootName() {
        return ROOT;
    }

    public OptionalLong rxTotalPackets() {
        return counter("RxtotalPkt");
    }

    public OptionalLong txTotalGoodPackets() {
        return counter("TxtotalGoodPkt");
    }

    public OptionalLong rxCrcErrors() {
        return counter("RxcrcErr");
    }

    public Optional<String> cdpNeighborDeviceId() {
        return text("CDPNeighborDeviceId");
    }

    public Optional<String> cdpNeighborPort() {
        return text("CDPNeighborPort");
    }

    public Optional<String> lldpNeighborDeviceId() {
        return text("LLDPNeighborDeviceId");
    }

    public Optional<String> lldpNeighborPort() {
        return text("LLDPNeighborPort");
    }

    public Optional<String> portSpeed() {
        return text("PortSpeed");
    }
}
