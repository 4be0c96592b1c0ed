package io.phonebench.emulator.reference.http;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The Refresh response header, {@code N; url=URL}: after N seconds fetch URL. N absent or 0 means manual (only
 * Update reloads); no URL means the current page.
 */
public record RefreshDirective(Duration delay, Optional<String> url) {

    /** Empty when the header is absent or unreadable; a phone ignores a header it cannot read. */
    public static Optional<RefreshDirective> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        int semi = header.indexOf(';');
        String seconds = (semi < 0 ? header : header.substring(0, semi)).trim();
        String rest = semi < 0 ? "" : header.substring(semi + 1).trim();
        if (seconds.toLowerCase(Locale.ROOT).startsWith("url=")) {
            // Seed: "N absent or 0: manual", and a URL may still name what Next or Update fetches: url=X alone is
            // a manual refresh of X, not an unreadable header.
            rest = header.trim();
            seconds = "";
        }
        long n;
        try {
            n = seconds.isEmpty() ? 0 : Long.parseLong(seconds);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (n < 0) {
            return Optional.empty();
        }
        Optional<String> url = Optional.empty();
        if (rest.toLowerCase(Locale.ROOT).startsWith("url=")) {
            String u = rest.substring(4).trim();
            if (!u.isEmpty()) {
                url = Optional.of(u);
            }
        }
        return Optional.of(new RefreshDirective(Duration.ofSeconds(n), url));
    }

    /** True when only Update (or Next) reloads: delay 0. */
    public boolean manual() {
        return delay.isZero();
    }
}
