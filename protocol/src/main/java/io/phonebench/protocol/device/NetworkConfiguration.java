package io.phonebench.protocol.device;

import java.util.Map;
import java.util.Optional;

/** {@code /NetworkConfigurationX}: addressing, servers and service URLs (docs/xml-object-reference.md §7.2). */
public record NetworkConfiguration(Map<String, String> fields) implements DevicePage {
    public static final String ROOT = "NetworkConfiguration";
    public static final String PATH = "/NetworkConfigurationX";

    public NetworkConfiguration {
        fields = DevicePageXml.copy(fields);
    }

    public static NetworkConfiguration parse(byte[] body, String contentTypeCharset) {
        return new NetworkConfiguration(DevicePageXml.read(body, contentTypeCharset, ROOT));
    }

    @Override
    public String rootName() {
        return ROOT;
    }

    public Optional<String> ipAddress() {
        return text("IPAddress");
    }

    public Optional<String> subnetMask() {
        return text("SubNetMask");
    }

    public Optional<String> hostName() {
        return text("HostName");
    }

    public Optional<String> macAddress() {
        return text("MACAddress");
    }

    public Optional<String> tftpServer1() {
        return text("TFTPServer1");
    }

    /** {@code DefaultRouter1..5}. */
    public Optional<String> defaultRouter(int n) {
        return text("DefaultRouter" + n);
    }

    /** {@code DNSServer1..5}. */
    public Optional<String> dnsServer(int n) {
        return text("DNSServer" + n);
    }

    /** {@code CallManager1..5}. */
    public Optional<String> callManager(int n) {
        return text("CallManager" + n);
    }

    public Optional<String> vlanId() {
        return text("VLANId");
    }

    public Optional<String> servicesUrl() {
        return text("ServicesURL");
    }

    public Optional<String> directoriesUrl() {
        return text("DirectoriesURL");
    }

    public Optional<String> authenticationUrl() {
        return text("AuthenticationURL");
    }

    public Optional<String> idleUrl() {
        return text("IdleURL");
    }

    public Optional<String> userLocale() {
        return text("UserLocale");
    }
}
