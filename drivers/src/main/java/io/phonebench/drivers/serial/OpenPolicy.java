package io.phonebench.drivers.serial;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard {@link SerialLink#open} tries: a USB adapter that is re-enumerating shows up as missing or busy for a
 * moment, so the open is retried a bounded number of times with a pause in between.
 */
public record OpenPolicy(int attempts, Duration pause) {
    public static final OpenPolicy DEFAULT = new OpenPolicy(3, Duration.ofMillis(200));
    public static final OpenPolicy ONCE = new OpenPolicy(1, Duration.ZERO);

    public OpenPolicy {
        Objects.requireNonNull(pause, "pause");
        if (attempts < 1) {
            throw new IllegalArgumentException("open attempts: expected at least 1, saw " + attempts);
        }
        if (pause.isNegative()) {
            throw new IllegalArgumentException("open pause: expected zero or more, saw " + pause);
        }
    }
}
