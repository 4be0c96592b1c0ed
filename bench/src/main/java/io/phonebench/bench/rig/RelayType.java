package io.phonebench.bench.rig;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of power switch a rig file may name under {@code power:}, spelled as in the file. */
public enum RelayType {
    LCUS("lcus"),
    NUMATO("numato"),
    KMTRONIC("kmtronic"),
    GPIO("gpio"),
    PDUDAEMON("pdudaemon"),
    POE_SNMP("poe-snmp"),
    SIMULATED_LCUS("simulated-lcus"),
    SIMULATED_NUMATO("simulated-numato"),
    SIMULATED_KMTRONIC("simulated-kmtronic"),
    SNMP_PDU("snmp-pdu"),
    SIMULATED_SNMP_PDU("simulated-snmp-pdu"),
    HTTP_RELAY("http-relay"),
    MODBUS_TCP_RELAY("modbus-tcp-relay");

    private final String fileName;

    RelayType(String fileName) {
        this.fileName = fileName;
    }

    /** The spelling in rig files, e.g. {@code simulated-lcus}. */
    public String fileName() {
        return fileName;
    }

    /** A relay board on a serial line (real, or its simulated twin on a pty). */
    public boolean serialBoard() {
        return this == LCUS || this == NUMATO || this == KMTRONIC || this == SIMULATED_LCUS
                || this == SIMULATED_NUMATO || this == SIMULATED_KMTRONIC;
    }

    /** A twin inside a run: a simulated serial board, or a simulated PDU's SNMP agent on loopback. */
    public boolean simulated() {
        return this == SIMULATED_LCUS || this == SIMULATED_NUMATO || this == SIMULATED_KMTRONIC
                || this == SIMULATED_SNMP_PDU;
    }

    /**
     * The most channels a board of this type has: LCUS and KMtronic USB boards come with up to 8 relays, Numato's
     * with up to 32 (relay ids 0-9, A-V); network and GPIO switches have no fixed limit.
     */
    public int maxChannels() {
        return switch (this) {
            case LCUS, SIMULATED_LCUS, KMTRONIC, SIMULATED_KMTRONIC -> 8;
            case NUMATO, SIMULATED_NUMATO -> 32;
            default -> Integer.MAX_VALUE;
        };
    }

    public static Optional<RelayType> fromFileName(String name) {
        return Arrays.stream(values()).filter(t -> t.fileName.equals(name)).findFirst();
    }

    public static List<String> fileNames() {
        return Arrays.stream(values()).map(RelayType::fileName).toList();
    }
}
