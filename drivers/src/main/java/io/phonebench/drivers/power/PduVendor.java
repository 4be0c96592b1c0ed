package io.phonebench.drivers.power;

import java.util.Optional;

/**
 * The outlet-control objects of each rack PDU family, as their vendors publish them in their MIBs. {@code outlet} is
 * the 1-based number printed on the PDU.
 */
public enum PduVendor {
    /**
     * APC PowerNet-MIB (APC Switched Rack PDU, AP79xx, and the MasterSwitch family): sPDUOutletCtl
     * 1.3.6.1.4.1.318.1.1.4.4.2.1.3.OUTLET, read-write INTEGER; written outletOn(1) / outletOff(2) (outletReboot(3)
     * is not used: the bench owns the off time); read back outletOn(1) / outletOff(2).
     */
    APC("apc", "1.3.6.1.4.1.318.1.1.4.4.2.1.3.", "1.3.6.1.4.1.318.1.1.4.4.2.1.3.", 1, 2, 1, 2),
    /**
     * Raritan PDU2-MIB (PX2 / PX3): switchingOperation 1.3.6.1.4.1.13742.6.4.1.2.1.2.1.OUTLET (outletControlTable,
     * indexed pduId 1 then outletId), written off(0) / on(1); read back from outletSwitchingState
     * 1.3.6.1.4.1.13742.6.4.1.2.1.3.1.OUTLET, a SensorStateEnumeration where on is 7 and off is 8.
     */
    RARITAN("raritan", "1.3.6.1.4.1.13742.6.4.1.2.1.2.1.", "1.3.6.1.4.1.13742.6.4.1.2.1.3.1.", 1, 0, 7, 8),
    /**
     * Eaton EATON-EPDU-MIB (G3 / G4 switched ePDUs, first unit of a daisy chain, strappingIndex 0): outletControlOnCmd
     * 1.3.6.1.4.1.534.6.6.7.6.6.1.4.0.OUTLET and outletControlOffCmd ...6.6.1.3.0.OUTLET, each written with the delay
     * in seconds, 0 = now; read back from outletControlStatus ...6.6.1.2.0.OUTLET, off(0) / on(1).
     */
    EATON("eaton", null, "1.3.6.1.4.1.534.6.6.7.6.6.1.2.0.", 0, 0, 1, 0);

    private static final String EATON_ON = "1.3.6.1.4.1.534.6.6.7.6.6.1.4.0.";
    private static final String EATON_OFF = "1.3.6.1.4.1.534.6.6.7.6.6.1.3.0.";

    private final String fileName;
    private final String controlPrefix;
    private final String statePrefix;
    private final int writeOn;
    private final int writeOff;
    private final int readOn;
    private final int readOff;

    PduVendor(String fileName, String controlPrefix, String statePrefix, int writeOn, int writeOff, int readOn,
              int readOff) {
        this.fileName = fileName;
        this.controlPrefix = controlPrefix;
        this.statePrefix = statePrefix;
        this.writeOn = writeOn;
        this.writeOff = writeOff;
        this.readOn = readOn;
        this.readOff = readOff;
    }

    /** The spelling in rig files. */
    public String fileName() {
        return fileName;
    }

    public static Optional<PduVendor> fromFileName(String name) {
        for (PduVendor vendor : values()) {
            if (vendor.fileName.equals(name)) {
                return Optional.of(vendor);
            }
        }
        return Optional.empty();
    }

    /** The object written to switch {@code outlet} on or off. */
    public String controlOid(int outlet, boolean on) {
        if (this == EATON) {
            return (on ? EATON_ON : EATON_OFF) + outlet;
        }
        return controlPrefix + outlet;
    }

    public int controlValue(boolean on) {
        return on ? writeOn : writeOff;
    }

    /** The object read to learn the outlet's state. */
    public String stateOid(int outlet) {
        return statePrefix + outlet;
    }

    /** The state a read-back value means, or empty for any other value (pending, error, unknown). */
    public Optional<Boolean> decodeState(int value) {
        if (value == readOn) {
            return Optional.of(true);
        }
        if (value == readOff) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** For messages: what the read-back values mean. */
    String readBackMeaning() {
        return readOn + " = on, " + readOff + " = off";
    }
}
