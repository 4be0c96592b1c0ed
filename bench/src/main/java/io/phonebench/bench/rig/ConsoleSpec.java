package io.phonebench.bench.rig;

import io.phonebench.drivers.console.ConsoleAddress;

import java.util.Optional;
import java.util.Set;

/**
 * A phone's serial console.
 *
 * @param port device path such as {@code /dev/ttyUSB1}; {@code tcp://HOST:PORT} (raw TCP terminal server) or
 *             {@code rfc2217://HOST:PORT} (Telnet with RFC 2217); {@value #SIMULATED} for the emulator's
 *             pseudo-terminal, or {@value #SIMULATED_TCP} / {@value #SIMULATED_RFC2217} for it behind a terminal
 *             server twin on loopback
 * @param baud line speed, always positive
 */
public record ConsoleSpec(String port, int baud) {
    public static final String SIMULATED = "simulated";
    public static final String SIMULATED_TCP = "simulated-tcp";
    public static final String SIMULATED_RFC2217 = "simulated-rfc2217";
    private static final Set<String> ALL_SIMULATED = Set.of(SIMULATED, SIMULATED_TCP, SIMULATED_RFC2217);

    /** Any simulated console, on a pty or behind a terminal server twin. */
    public boolean simulated() {
        return ALL_SIMULATED.contains(port);
    }

    /** A console behind a terminal server, real or simulated. */
    public boolean networked() {
        return port.contains("://") || SIMULATED_TCP.equals(port) || SIMULATED_RFC2217.equals(port);
    }

    /** What is wrong with a {@code tcp://} or {@code rfc2217://} port, for the rig reader; empty when it is fine. */
    static Optional<String> networkProblem(String port, int baud) {
        if (!port.contains("://")) {
            return Optional.empty();
        }
        try {
            ConsoleAddress.parse(port, baud);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
