package io.phonebench.drivers.serial;

import java.util.Objects;

/**
 * Where a serial line is: the device path (a /dev/tty*, a /dev/serial/by-id link or a pty link made by socat) and its
 * baud rate. Always 8N1, no flow control: every board and console the bench drives uses that.
 */
public record SerialLine(String path, int baud) {
    public SerialLine {
        Objects.requireNonNull(path, "path");
        if (path.isBlank()) {
            throw new IllegalArgumentException("serial line path: expected a device path, saw an empty string");
        }
        if (baud <= 0) {
            throw new IllegalArgumentException("serial line " + path + ": expected a positive baud rate, saw " + baud);
        }
    }
}
