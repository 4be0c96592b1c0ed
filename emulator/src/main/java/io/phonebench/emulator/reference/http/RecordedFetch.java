package io.phonebench.emulator.reference.http;

import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One GET the phone made: where, with which headers (in the order sent), and when by the phone's clock. */
public record RecordedFetch(URI url, Map<String, String> headers, Instant at) {
    public RecordedFetch {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** Header value by case-insensitive name, or null. */
    public String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
