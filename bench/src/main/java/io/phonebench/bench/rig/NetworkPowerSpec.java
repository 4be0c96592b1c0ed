package io.phonebench.bench.rig;

import java.util.Optional;

/**
 * The network part of a power switch reached over Ethernet ({@code snmp-pdu}, {@code simulated-snmp-pdu}): which
 * vendor's objects, which port, and how to authenticate. Secrets are hidden from {@link #toString()}.
 *
 * @param vendor         {@code apc}, {@code raritan} or {@code eaton}
 * @param networkPort    UDP port of the SNMP agent (161 by default); 0 for a simulated PDU (any free port)
 * @param community      SNMPv2c community, or empty when SNMPv3 is used
 * @param v3User         SNMPv3 user (authPriv), or empty for SNMPv2c
 * @param v3AuthPassword SNMPv3 authentication password
 * @param v3PrivPassword SNMPv3 privacy password
 */
public record NetworkPowerSpec(String vendor, int networkPort, Optional<String> community, Optional<String> v3User,
                               Optional<String> v3AuthPassword, Optional<String> v3PrivPassword) {

    @Override
    public String toString() {
        return "NetworkPowerSpec[vendor=" + vendor + ", port=" + networkPort
                + community.map(c -> ", community=****").orElse("")
                + v3User.map(u -> ", v3 user=" + u + " authPriv ****").orElse("") + "]";
    }
}
