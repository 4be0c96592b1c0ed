package io.phonebench.drivers.host;

import java.time.Duration;

/**
 * How late threads on the bench host woke during one interval, and how contended its CPUs were.
 *
 * @param worst       the latest wake-up seen: a thread due at t ran at t + worst
 * @param samples     how many wake-ups the figure is taken from; 0 when the probe saw none of the interval
 * @param interval    how long the interval was
 * @param cpuPressure share of the interval (0..1) in which some runnable thread waited for a core, from the
 *                    kernel; NaN where the kernel does not say
 */
public record SchedulingNoise(Duration worst, long samples, Duration interval, double cpuPressure) {
    public static final SchedulingNoise NONE = new SchedulingNoise(Duration.ZERO, 0, Duration.ZERO);

    public SchedulingNoise {
        if (worst.isNegative() || samples < 0 || interval.isNegative() || cpuPressure < 0 || cpuPressure > 1) {
            throw new IllegalArgumentException("expected a non-negative noise figure but found worst " + worst
                    + ", " + samples + " samples over " + interval + ", CPU pressure " + cpuPressure);
        }
    }

    /** Without the kernel's pressure figure. */
    public SchedulingNoise(Duration worst, long samples, Duration interval) {
        this(worst, samples, interval, Double.NaN);
    }

    public boolean pressureKnown() {
        return !Double.isNaN(cpuPressure);
    }

    public double worstMillis() {
        return worst.toNanos() / 1e6;
    }

    /**
     * e.g. {@code worst wake-up delay 3.41 ms (1480 wake-ups over 1.52 s), CPU pressure 12 %}, for evidence.
     */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "worst wake-up delay %.2f ms (%d wake-ups over %.2f s)%s",
                worstMillis(), samples, interval.toNanos() / 1e9,
                pressureKnown() ? String.format(java.util.Locale.ROOT, ", CPU pressure %.0f %%", cpuPressure * 100)
                        : "");
    }
}
