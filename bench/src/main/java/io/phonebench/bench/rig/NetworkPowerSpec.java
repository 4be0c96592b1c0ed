package io.phonebench.bench.rig;

import java.util.Optional;

/**
 * The network part of a power switch reached over Ethernet ({@code snmp-pdu}, {@code simulated-snmp-pdu},
 * {@code http-relay}, {@code modbus-tcp-relay}): which vendor, which port, and how to authenticate. Secrets are
 * hidden from {@link #toString()}.
 *
 * @param vendor         {@code apc}, {@code raritan} or {@code eaton}; {@code kmtronic-lan} for an HTTP relay;
 *                       {@code modbus} for a Modbus TCP relay
 * @param networkPort    UDP port of the SNMP agent (161 by default), TCP port of a Modbus relay (502); 0 for a
 *                       simulated PDU (any free port)
 * @param community      SNMPv2c community, or empty when SNMPv3 is used
 * @param v3User         SNMPv3 user (authPriv), or empty for SNMPv2c
 * @param v3AuthPassword SNMPv3 authentication password
 * @param v3PrivPassword SNMPv3 privacy password
 * @param url            base URL of an HTTP relay board
 * @param unit           Modbus unit identifier of a Modbus TCP relay board
 */
public record NetworkPowerSpec(String vendor, int networkPort, Optional<String> community, Optional<String> v3User,
                               Optional<String> v3AuthPassword, Optional<String> v3PrivPassword, Optional<String> url,
                               int unit) {

    /** An SNMP PDU. */
    public NetworkPowerSpec(String vendor, int networkPort, Optional<String> community, Optional<String> v3User,
                            Optional<String> v3AuthPassword, Optional<String> v3PrivPassword) {
        this(vendor, networkPort, community, v3User, v3AuthPassword, v3PrivPassword, Optional.empty(), 0);
    }

    @Override
    public String toString() {
        return "NetworkPowerSpec[vendor=" + vendor + ", port=" + networkPort
                + community.map(c -> ", community=****").orElse("")
                + v3User.map(u -> ", v3 user=" + u + " authPriv ****").orElse("") + url.map(u -> ", url=" + u).orElse("")
                + (vendor.equals("modbus") ? ", unit=" + unit : "") + "]";
    }
}
