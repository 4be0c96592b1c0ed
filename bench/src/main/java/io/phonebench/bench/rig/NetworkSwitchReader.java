package io.phonebench.bench.rig;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The keys of power switches on the network: {@code snmp-pdu} (a rack PDU's SNMP agent) and its twin
 * {@code simulated-snmp-pdu}. Kept apart from {@link SwitchReader}'s serial and GPIO keys.
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

    static Set<String> keysOf(RelayType type) {
        return switch (type) {
            case SNMP_PDU -> Set.of("vendor", "host", "port", "community", "v3");
            case SIMULATED_SNMP_PDU -> Set.of("vendor", "community", "v3", "fault");
            case HTTP_RELAY -> Set.of("vendor", "url");
            case MODBUS_TCP_RELAY -> Set.of("host", "port", "unit");
            default -> Set.of();
        };
    }

    static Optional<NetworkPowerSpec> read(RigMapping m, RelayType type) {
        if (type == RelayType.HTTP_RELAY) {
            return Optional.of(httpRelay(m));
        }
        if (type == RelayType.MODBUS_TCP_RELAY) {
            return Optional.of(modbusRelay(m));
        }
        if (type != RelayType.SNMP_PDU && type != RelayType.SIMULATED_SNMP_PDU) {
            return Optional.empty();
        }
        String vendor = m.optionalChoice("vendor", VENDORS).orElseThrow(() -> m.error("vendor",
                "missing key 'vendor': write vendor: apc, raritan or eaton"));
        int port = type == RelayType.SNMP_PDU ? m.intOr("port", SNMP_PORT) : 0;
        if (type == RelayType.SNMP_PDU && (port < 1 || port > 65535)) {
            throw m.error("port", "expected an SNMP port 1..65535 (161 by default), found " + port);
        }
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
            return Optional.of(new NetworkPowerSpec(vendor, port, m.optionalSecret("community"), Optional.empty(),
                    Optional.empty(), Optional.empty()));
        }
        RigMapping v3 = m.requiredMapping("v3");
        v3.allowOnly(Set.of("user", "authPassword", "privPassword"));
        String user = v3.requiredString("user");
        String auth = v3Password(v3, "authPassword");
        String priv = v3Password(v3, "privPassword");
        return Optional.of(new NetworkPowerSpec(vendor, port, Optional.empty(), Optional.of(user), Optional.of(auth),
                Optional.of(priv)));
    }

    private static NetworkPowerSpec httpRelay(RigMapping m) {
        String vendor = m.optionalChoice("vendor", HTTP_RELAY_VENDORS).orElseThrow(() -> m.error("vendor",
                "missing key 'vendor': write vendor: kmtronic-lan"));
        String url = m.requiredString("url");
        java.net.URI uri;
        try {
            uri = new java.net.URI(url);
        } catch (java.net.URISyntaxException e) {
            throw m.error("url", "expected http://HOST[:PORT]/, found '" + url + "'");
        }
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw m.error("url", "expected http://HOST[:PORT]/ (the board's web address), found '" + url + "'");
        }
        if (m.requiredInt("channels") > 8) {
            throw m.error("channels", "a KMtronic LAN board has at most 8 relays");
        }
        return new NetworkPowerSpec(vendor, uri.getPort(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(url.endsWith("/") ? url : url + "/"), 0);
    }

    private static NetworkPowerSpec modbusRelay(RigMapping m) {
        int port = m.intOr("port", MODBUS_PORT);
        if (port < 1 || port > 65535) {
            throw m.error("port", "expected a TCP port 1..65535 (502 by default), found " + port);
        }
        int unit = m.intOr("unit", 1);
        if (unit < 0 || unit > 255) {
            throw m.error("unit", "expected a Modbus unit identifier 0..255, found " + unit);
        }
        return new NetworkPowerSpec("modbus", port, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), unit);
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
