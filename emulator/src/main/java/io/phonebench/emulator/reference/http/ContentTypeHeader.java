package io.phonebench.emulator.reference.http;

import java.util.Locale;
import java.util.Optional;

/** A Content-Type header split into the media type (lower case) and its optional charset parameter. */
public record ContentTypeHeader(String mediaType, Optional<String> charset) {

    public static ContentTypeHeader parse(String header) {
        if (header == null || header.isBlank()) {
            return new ContentTypeHeader("", Optional.empty());
        }
        String[] parts = header.split(";");
        String media = parts[0].trim().toLowerCase(Locale.ROOT);
        Optional<String> charset = Optional.empty();
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String v = p.substring(8).trim().replace("\"", "").replace("'", "");
                if (!v.isEmpty()) {
                    charset = Optional.of(v);
                }
            }
        }
        return new ContentTypeHeader(media, charset);
    }
}
