package io.phonebench.bench.rig;

import java.util.Optional;

/**
 * A network address as a rig file writes it: {@code HOST}, {@code HOST:PORT}, {@code [IPv6]:PORT}, {@code [IPv6]}
 * or a bare IPv6 literal (more than one colon, so no port). Parsed once, at load.
 *
 * @param host the host name or address, IPv6 without brackets
 * @param port the port, the default when none is written
 */
record HostPort(String host, int port) {

    /** The address in {@code text}, or empty when it does not parse or its port is outside 1..65535. */
    static Optional<HostPort> parse(String text, int defaultPort) {
        String t = text.strip();
        if (t.isEmpty() || t.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        if (t.startsWith("[")) {
            int close = t.indexOf(']');
            if (close < 2 || t.indexOf(':') > close || t.indexOf(':') < 0) {
                return Optional.empty();
            }
            String rest = t.substring(close + 1);
            if (rest.isEmpty()) {
                return Optional.of(new HostPort(t.substring(1, close), defaultPort));
            }
            return rest.startsWith(":") ? port(rest.substring(1)).map(p -> new HostPort(t.substring(1, close), p))
                    : Optional.empty();
        }
        int first = t.indexOf(':');
        if (first < 0) {
            return Optional.of(new HostPort(t, defaultPort));
        }
        if (first != t.lastIndexOf(':')) {
            return Optional.of(new HostPort(t, defaultPort));   // a bare IPv6 literal: a port needs brackets
        }
        String host = t.substring(0, first);
        return host.isEmpty() ? Optional.empty() : port(t.substring(first + 1)).map(p -> new HostPort(host, p));
    }

    private static Optional<Integer> port(String digits) {
        if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        int port = Integer.parseInt(digits);
        return port >= 1 && port <= 65535 ? Optional.of(port) : Optional.empty();
    }

    /** As a URI authority: IPv6 in brackets. */
    String authority() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
