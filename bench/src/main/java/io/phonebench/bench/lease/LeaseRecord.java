package io.phonebench.bench.lease;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The content of one lease file: who holds which resource, since when, until when.
 *
 * @param resource e.g. {@code rig:virtual} or {@code phone:lab/desk-7970}
 * @param owner    the holder
 * @param token    unique per acquisition, so two leases of one process are told apart
 * @param start    when it was acquired
 * @param expiry   when it lapses unless renewed by the holder's heartbeat
 */
public record LeaseRecord(String resource, LeaseOwner owner, String token, Instant start, Instant expiry) {

    String format() {
        return "resource=" + resource + "\nuser=" + owner.user() + "\nhost=" + owner.host() + "\npid=" + owner.pid()
                + "\nprocessStart=" + owner.processStart().map(Instant::toString).orElse("") + "\ntoken=" + token
                + "\nstart=" + start + "\nexpiry=" + expiry + "\n";
    }

    /** @throws IllegalArgumentException when a field is missing or unreadable */
    static LeaseRecord parse(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                fields.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        try {
            String processStart = fields.getOrDefault("processStart", "");
            LeaseOwner owner = new LeaseOwner(required(fields, "user"), required(fields, "host"),
                    Long.parseLong(required(fields, "pid")),
                    processStart.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(processStart)));
            return new LeaseRecord(required(fields, "resource"), owner, required(fields, "token"),
                    Instant.parse(required(fields, "start")), Instant.parse(required(fields, "expiry")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unreadable lease: " + e.getMessage(), e);
        }
    }

    private static String required(Map<String, String> fields, String key) {
        String value = fields.get(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("missing " + key);
        }
        return value;
    }
}
