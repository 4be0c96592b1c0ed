package io.phonebench.drivers.console;

import io.phonebench.drivers.serial.SerialLine;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * Where a console is: a local serial device, a raw TCP port of a terminal server ({@code tcp://HOST:PORT}, e.g.
 * ser2net's {@code raw} accepter or a Moxa NPort in TCP-server mode), or a Telnet port with RFC 2217 COM-PORT-OPTION
 * ({@code rfc2217://HOST:PORT}), where the bench sets the line's baud rate and 8N1 itself.
 *
 * @param kind which transport
 * @param path device path of a serial console; empty for network ones
 * @param host terminal server host; empty for serial consoles
 * @param port terminal server TCP port; 0 for serial consoles
 * @param baud line speed (a raw TCP server sets its own, the bench cannot)
 */
public record ConsoleAddress(Kind kind, String path, String host, int port, int baud) {

    public enum Kind { SERIAL, TCP, RFC2217 }

    public ConsoleAddress {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(host, "host");
        if (baud <= 0) {
            throw new IllegalArgumentException("console " + path + host + ": expected a positive baud rate, saw " + baud);
        }
        if (kind != Kind.SERIAL && (host.isBlank() || port < 1 || port > 65535)) {
            throw new IllegalArgumentException("console: expected HOST:PORT with a port 1..65535, saw " + host + ":"
                    + port);
        }
    }

    public static ConsoleAddress serial(SerialLine line) {
        return new ConsoleAddress(Kind.SERIAL, line.path(), "", 0, line.baud());
    }

    /**
     * Reads a rig file's {@code port:}: {@code tcp://HOST:PORT}, {@code rfc2217://HOST:PORT}, or else a device path.
     *
     * @throws IllegalArgumentException naming what is wrong, for the rig reader to report with file and line
     */
    public static ConsoleAddress parse(String text, int baud) {
        Objects.requireNonNull(text, "text");
        Kind kind = text.startsWith("tcp://") ? Kind.TCP : text.startsWith("rfc2217://") ? Kind.RFC2217 : Kind.SERIAL;
        if (kind == Kind.SERIAL) {
            if (text.contains("://")) {
                throw new IllegalArgumentException("expected a device path, tcp://HOST:PORT or rfc2217://HOST:PORT,"
                        + " found '" + text + "'");
            }
            return serial(new SerialLine(text, baud));
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("expected " + kind.name().toLowerCase() + "://HOST:PORT, found '" + text
                    + "'");
        }
        if (uri.getHost() == null || uri.getPort() < 1 || (uri.getPath() != null && !uri.getPath().isEmpty())) {
            throw new IllegalArgumentException("expected " + kind.name().toLowerCase()
                    + "://HOST:PORT (the terminal server's address and the TCP port of this console), found '"
                    + text + "'");
        }
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        return new ConsoleAddress(kind, "", host, uri.getPort(), baud);
    }

    public SerialLine serialLine() {
        if (kind != Kind.SERIAL) {
            throw new IllegalStateException(this + " is not a serial device");
        }
        return new SerialLine(path, baud);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case SERIAL -> path;
            case TCP -> "tcp://" + host + ":" + port;
            case RFC2217 -> "rfc2217://" + host + ":" + port;
        };
    }
}
