package io.phonebench.protocol.device;

import java.util.Map;
import java.util.Optional;

/** {@code /DeviceInformationX}: identity and firmware of the phone (docs/xml-object-reference.md §7.1). */
public record DeviceInformation(Map<String, String> fields) implements DevicePage {
    public static final String ROOT = "DeviceInformation";
    public static final String PATH = "/DeviceInformationX";

    public DeviceInformation {
        fields = DevicePageXml.copy(fields);
    }

    public static DeviceInformation parse(byte[] body, String contentTypeCharset) {
        return new DeviceInformation(DevicePageXml.read(body, contentTypeCharset, ROOT));
    }

    @Override
    public String rootName() {
        return ROOT;
    }

    /** MAC address without separators, e.g. {@code 0003E369A125}. */
    public Optional<String> macAddress() {
        return text("MACAddress");
    }

    /** {@code SEP} + MAC, e.g. {@code SEP0003E369A125}. */
    public Optional<String> hostName() {
        return text("HostName");
    }

    public Optional<String> phoneDn() {
        return text("phoneDN");
    }

    public Optional<String> appLoadId() {
        return text("appLoadID");
    }

    public Optional<String> bootLoadId() {
        return text("bootLoadID");
    }

    /** Firmware version, e.g. {@code 8.1(2.0)}. */
    public Optional<String> versionId() {
        return text("versionID");
    }

    public Optional<String> hardwareRevision() {
        return text("hardwareRevision");
    }

    /** {@code serialNumber}, or {@code SerialNumber} on firmware that capitalises it. */
    public Optional<String> serialNumber() {
        return text("serialNumber");
    }

    /** {@code modelNumber}, or {@code ModelNumber}, e.g. {@code CP-7940}. */
    public Optional<String> modelNumber() {
        return text("modelNumber");
    }

    /** The localised message-waiting value exactly as shown (e.g. {@code No}, {@code OUI}). */
    public Optional<String> messageWaiting() {
        return text("MessageWaiting");
    }

    public Optional<String> udi() {
        return text("udi");
    }
}
