package io.phonebench.drivers.host;

import java.time.Duration;

/**
 * How late threads on the bench host woke during one interval.
 *
 * @param worst   the latest wake-up seen: a thread due at t ran at t + worst
 * @param samples how many wake-ups the figure is taken from; 0 when the probe saw none of the interval
 * @param interval how long the interval was
 */
public record SchedulingNoise(Duration worst, long samples, Duration interval) {
    public static final SchedulingNoise NONE = new SchedulingNoise(Duration.ZERO, 0, Duration.ZERO);

    public SchedulingNoise {
        if (worst.isNegative() || samples < 0 || interval.isNegative()) {
            throw new IllegalArgumentException("expected a non-negative noise figure but found worst " + worst
                    + ", " + samples + " samples over " + interval);
        }
    }

    public double worstMillis() {
        return worst.toNanos() / 1e6;
    }

    /** e.g. {@code worst wake-up delay 3.41 ms (1480 wake-ups over 1.52 s)}, for evidence. */
    public String describe() {
        return String.format("worst wake-up delay %.2f ms (%d wake-ups over %.2f s)", worstMillis(), samples,
                interval.toNanos() / 1e9);
    }
}
