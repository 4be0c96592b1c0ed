package io.phonebench.bench.rig;

import io.phonebench.drivers.power.PduOutlet;
import io.phonebench.drivers.power.PduVendor;
import io.phonebench.drivers.power.SnmpCredentials;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Power switches on the network read into their records: {@code snmp-pdu} (a rack PDU's SNMP agent) and its twin
 * {@code simulated-snmp-pdu}, {@code http-relay} and {@code modbus-tcp-relay}. Kept apart from
 * {@link SwitchReader}'s serial, GPIO, pdudaemon and PoE keys.
 */
final class NetworkSwitchReader {
    static final List<String> VENDORS = List.of("apc", "raritan", "eaton");
    static final List<String> HTTP_RELAY_VENDORS = List.of("kmtronic-lan");
    static final int SNMP_PORT = 161;
    static final int MODBUS_PORT = 502;
    /** RFC 3414 section 11.2: agents refuse SNMPv3 passwords shorter than this. */
    private static final int MIN_V3_PASSWORD = 8;

    private NetworkSwitchReader() {
    }

    static Set<String> keysOf(String type) {
        return switch (type) {
            case "snmp-pdu" -> Set.of("vendor", "host", "port", "community", "v3");
            case "simulated-snmp-pdu" -> Set.of("vendor", "community", "v3", "fault");
            case "http-relay" -> Set.of("vendor", "url");
            case "modbus-tcp-relay" -> Set.of("host", "port", "unit");
            default -> Set.of();
        };
    }

    static SwitchSpec read(RigMapping m, String name, String type, int channels, boolean safeOn, int line) {
        if (type.equals("http-relay")) {
            return httpRelay(m, name, channels, safeOn, line);
        }
        if (type.equals("modbus-tcp-relay")) {
            return modbusRelay(m, name, channels, safeOn, line);
        }
        boolean simulated = type.equals("simulated-snmp-pdu");
        PduVendor vendor = m.optionalChoice("vendor", VENDORS).flatMap(PduVendor::fromFileName)
                .orElseThrow(() -> m.error("vendor", "missing key 'vendor': write vendor: apc, raritan or eaton"));
        int port = simulated ? 0 : m.intOr("port", SNMP_PORT);
        if (!simulated && (port < 1 || port > 65535)) {
            throw m.error("port", "expected an SNMP port 1..65535 (161 by default), found " + port);
        }
        SnmpCredentials credentials = credentials(m);
        Optional<String> fault = simulated ? m.optionalChoice("fault", SwitchReader.SIMULATED_FAULTS)
                : Optional.empty();
        if (simulated) {
            return new SwitchSpec.SimulatedRackPdu(name, vendor, channels, credentials, fault, safeOn, line);
        }
        String host = m.requiredString("host");
        List<PduOutlet> outlets = new ArrayList<>();
        for (int outlet = 1; outlet <= channels; outlet++) {
            outlets.add(new PduOutlet(name, host, port, outlet));
        }
        return new SwitchSpec.RackPdu(name, vendor, outlets, credentials, safeOn, line);
    }

    private static SnmpCredentials credentials(RigMapping m) {
        boolean hasCommunity = m.has("community");
        boolean hasV3 = m.has("v3");
        if (hasCommunity == hasV3) {
            throw m.error(hasV3 ? "v3" : "community", hasV3
                    ? "write either community (SNMPv2c) or v3 (SNMPv3), not both"
                    : "missing key 'community' or 'v3': write community: \"${PHONEBENCH_SNMP_COMMUNITY}\" or"
                    + " v3: { user: bench, authPassword: \"${PDU_AUTH_PASSWORD}\", privPassword:"
                    + " \"${PDU_PRIV_PASSWORD}\" }");
        }
        if (hasCommunity) {
            return new SnmpCredentials.Community(m.optionalSecret("community").orElseThrow());
        }
        RigMapping v3 = m.requiredMapping("v3");
        v3.allowOnly(Set.of("user", "authPassword", "privPassword"));
        String user = v3.requiredString("user");
        String auth = v3Password(v3, "authPassword");
        String priv = v3Password(v3, "privPassword");
        return new SnmpCredentials.User(user, auth, priv);
    }

    private static SwitchSpec httpRelay(RigMapping m, String name, int channels, boolean safeOn, int line) {
        String vendor = m.optionalChoice("vendor", HTTP_RELAY_VENDORS).orElseThrow(() -> m.error("vendor",
                "missing key 'vendor': write vendor: kmtronic-lan"));
        String url = m.requiredString("url");
        URI uri;
        try {
            uri = new URI(url.endsWith("/") ? url : url + "/");
        } catch (URISyntaxException e) {
            throw m.error("url", "expected http://HOST[:PORT]/, found '" + url + "'");
        }
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw m.error("url", "expected http://HOST[:PORT]/ (the board's web address), found '" + url + "'");
        }
        return new SwitchSpec.HttpRelay(name, vendor, uri, channels, safeOn, line);
    }

    private static SwitchSpec modbusRelay(RigMapping m, String name, int channels, boolean safeOn, int line) {
        String host = m.requiredString("host");
        int port = m.intOr("port", MODBUS_PORT);
        if (port < 1 || port > 65535) {
            throw m.error("port", "expected a TCP port 1..65535 (502 by default), found " + port);
        }
        int unit = m.intOr("unit", 1);
        if (unit < 0 || unit > 255) {
            throw m.error("unit", "expected a Modbus unit identifier 0..255, found " + unit);
        }
        return new SwitchSpec.ModbusRelay(name, host, port, unit, channels, safeOn, line);
    }

    private static String v3Password(RigMapping v3, String key) {
        String value = v3.optionalSecret(key).orElseThrow(() -> v3.error(key, "missing key '" + key + "': write "
                + key + ": \"${SOME_VARIABLE}\" and set the variable in the environment"));
        if (value.length() < MIN_V3_PASSWORD) {
            throw v3.error(key, "expected at least " + MIN_V3_PASSWORD + " characters (RFC 3414), found "
                    + value.length());
        }
        return value;
    }
}
