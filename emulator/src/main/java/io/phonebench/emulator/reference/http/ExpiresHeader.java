package io.phonebench.emulator.reference.http;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Freshness of a page by its Expires header (a GMT date), judged at the moment it is loaded. */
public final class ExpiresHeader {
    private ExpiresHeader() {
    }

    /**
     * @return true when there is no Expires header or its date is after {@code loadedAt}. An unreadable date counts
     *     as already expired, as HTTP caches treat it (RFC 9111 §5.3), so {@code Expires: 0} or {@code -1} work.
     */
    public static boolean freshAt(String header, Instant loadedAt) {
        if (header == null) {
            return true;
        }
        try {
            return ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()
                    .isAfter(loadedAt);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
