package io.phonebench.drivers.console;

import io.phonebench.drivers.BenchInfrastructureException;

import java.time.Duration;

/**
 * The byte pipe under a console: a serial device, a raw TCP connection or a Telnet RFC 2217 connection. Everything
 * above it (capture, expect, must-not-see, reconnect) is the same on every transport.
 */
interface ConsoleTransport extends AutoCloseable {

    /**
     * What arrives within {@code slice}: at least one byte, or 0 after {@code slice} in silence.
     *
     * @throws BenchInfrastructureException when the device or connection has gone
     */
    int read(byte[] buffer, Duration slice);

    /** All of {@code bytes}, or throws {@link BenchInfrastructureException}. */
    void write(byte[] bytes);

    @Override
    void close();

    /** Opens the transport {@code address} names; {@code retry} allows the bounded retries of a first open. */
    static ConsoleTransport open(ConsoleAddress address, boolean retry) {
        return switch (address.kind()) {
            case SERIAL -> SerialTransport.open(address.serialLine(), retry);
            case TCP -> TcpTransport.open(address);
            case RFC2217 -> Rfc2217Transport.open(address);
        };
    }
}
