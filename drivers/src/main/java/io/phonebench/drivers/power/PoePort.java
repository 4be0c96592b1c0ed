package io.phonebench.drivers.power;

import java.util.Objects;

/**
 * Where a PoE port is: the switch's SNMP agent (host, UDP port, normally 161) and the RFC 3621 indexes
 * pethPsePortGroupIndex (usually the stack member or module) and pethPsePortIndex.
 */
public record PoePort(String host, int snmpPort, int group, int port) {
    public PoePort {
        Objects.requireNonNull(host, "host");
        if (snmpPort < 1 || snmpPort > 65535) {
            throw new IllegalArgumentException("PoE switch " + host + ": expected an SNMP port 1..65535, saw " + snmpPort);
        }
        if (group < 1 || port < 1) {
            throw new IllegalArgumentException("PoE switch " + host + ": expected group and port 1 or more, saw "
                    + group + "." + port);
        }
    }
}
