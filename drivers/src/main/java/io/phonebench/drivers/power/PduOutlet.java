package io.phonebench.drivers.power;

import java.util.Objects;

/** Where a PDU outlet is: the PDU's SNMP agent (host, UDP port, normally 161) and the outlet number on the PDU. */
public record PduOutlet(String pdu, String host, int snmpPort, int outlet) {
    public PduOutlet {
        Objects.requireNonNull(pdu, "pdu");
        Objects.requireNonNull(host, "host");
        if (snmpPort < 1 || snmpPort > 65535) {
            throw new IllegalArgumentException("PDU " + pdu + ": expected an SNMP port 1..65535, saw " + snmpPort);
        }
        if (outlet < 1) {
            throw new IllegalArgumentException("PDU " + pdu + ": expected an outlet 1 or more, saw " + outlet);
        }
    }
}
