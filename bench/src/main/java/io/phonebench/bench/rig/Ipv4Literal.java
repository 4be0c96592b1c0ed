package io.phonebench.bench.rig;

import java.util.regex.Pattern;

/**
 * A dotted-quad IPv4 address as written in a rig file. Phones on a lab VLAN and the bench's service host are
 * addressed by IP: a host name would be resolved at run time (and could change under a run), IPv6 is not spoken by
 * the phones' web servers this bench drives, and the port has its own key.
 */
final class Ipv4Literal {
    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern DOTTED_QUAD = Pattern.compile("(" + OCTET + "\\.){3}" + OCTET);

    private Ipv4Literal() {
    }

    static boolean matches(String text) {
        return DOTTED_QUAD.matcher(text).matches();
    }

    /** What is wrong with {@code text} as an IPv4 literal, in words ending a "expected ..., found ..." message. */
    static String hint(String text) {
        if (text.indexOf(':') >= 0 && text.indexOf('.') >= 0 && text.indexOf(':') > text.lastIndexOf('.')) {
            return " (the port goes under its own key, port:)";
        }
        if (text.indexOf(':') >= 0) {
            return " (IPv6 is not supported: the phones fetch services over IPv4; use the IPv4 address)";
        }
        if (text.chars().anyMatch(Character::isWhitespace)) {
            return " (no spaces)";
        }
        if (text.chars().anyMatch(Character::isLetter)) {
            return " (a host name is not resolved: write its IPv4 address)";
        }
        return "";
    }
}
