package io.phonebench.bench.rig;

/**
 * A phone's serial console.
 *
 * @param port device path such as {@code /dev/ttyUSB1}, or {@value #SIMULATED} for the emulator's pseudo-terminal
 * @param baud line speed, always positive
 */
public record ConsoleSpec(String port, int baud) {
    public static final String SIMULATED = "simulated";

    public boolean simulated() {
        return SIMULATED.equals(port);
    }
}
