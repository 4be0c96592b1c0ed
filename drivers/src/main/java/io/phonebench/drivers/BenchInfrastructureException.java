package io.phonebench.drivers;

/**
 * The bench's own equipment failed: a relay board, serial line, network path or lease. Reported as BROKEN, never as a
 * product failure. Messages name the resource (board, port, channel, phone address) and what was seen.
 */
public class BenchInfrastructureException extends RuntimeException {
    public BenchInfrastructureException(String message) {
        super(message);
    }

    public BenchInfrastructureException(String message, Throwable cause) {
        super(message, cause);
    }
}
