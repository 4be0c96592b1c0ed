package io.phonebench.drivers.power;

/**
 * Where a GPIO output is: its BCM number, and whether the line is active-low (low = relay energised). Pi4J 2
 * addresses a Raspberry Pi's GPIOs by BCM number, and the 40-pin header of every model carries BCM 0..27; the rig
 * reader checks pins against this same range.
 */
public record GpioLine(int bcm, boolean activeLow) {
    /** The highest BCM number on the 40-pin header. */
    public static final int MAX_BCM = 27;

    public GpioLine {
        if (!isHeaderBcm(bcm)) {
            throw new IllegalArgumentException("GPIO line: expected a BCM number 0.." + MAX_BCM + ", saw " + bcm);
        }
    }

    public static boolean isHeaderBcm(int bcm) {
        return bcm >= 0 && bcm <= MAX_BCM;
    }
}
