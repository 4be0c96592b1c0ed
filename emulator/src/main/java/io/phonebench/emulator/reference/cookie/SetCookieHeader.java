package io.phonebench.emulator.reference.cookie;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * One parsed Set-Cookie header. The phone keeps only name and value; Max-Age=0 or an Expires in the past is how a
 * server deletes a cookie (and so ends its session once none is left).
 */
record SetCookieHeader(PhoneCookie cookie, boolean deletes) {

    static Optional<SetCookieHeader> parse(String header, Instant now) {
        String[] parts = header.split(";");
        int eq = parts[0].indexOf('=');
        if (eq <= 0) {
            return Optional.empty();
        }
        PhoneCookie cookie = new PhoneCookie(parts[0].substring(0, eq).trim(), parts[0].substring(eq + 1).trim());
        boolean deletes = false;
        for (int i = 1; i < parts.length; i++) {
            String attr = parts[i].trim();
            String lower = attr.toLowerCase(Locale.ROOT);
            if (lower.startsWith("max-age=")) {
                deletes = attr.substring(8).trim().matches("-?0+|-\\d+");
            } else if (lower.startsWith("expires=")) {
                deletes = deletes || expiredBy(attr.substring(8).trim(), now);
            }
        }
        return Optional.of(new SetCookieHeader(cookie, deletes));
    }

    private static boolean expiredBy(String date, Instant now) {
        try {
            return !ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().isAfter(now);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
