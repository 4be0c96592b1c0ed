package io.phonebench.drivers.power;

/** Where a GPIO output is: its BCM number, and whether the line is active-low (low = relay energised). */
public record GpioLine(int bcm, boolean activeLow) {
    public GpioLine {
        if (bcm < 0 || bcm > 63) {
            throw new IllegalArgumentException("GPIO line: expected a BCM number 0..63, saw " + bcm);
        }
    }
}
