package io.phonebench.bench.benchmark;

import java.util.Arrays;

/** Measured durations in nanoseconds, sorted once, read as median and percentiles. */
public final class Timings {
    private final long[] sorted;

    private Timings(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("timings: expected at least one sample, saw none");
        }
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    public static Timings of(long[] nanos) {
        return new Timings(nanos);
    }

    public int count() {
        return sorted.length;
    }

    public double medianNanos() {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    public double medianMillis() {
        return medianNanos() / 1e6;
    }

    /** Nearest-rank percentile, {@code p} in (0, 100]. */
    public double percentileMillis(double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile: expected 0 < p <= 100, saw " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    public double maxMillis() {
        return sorted[sorted.length - 1] / 1e6;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d samples, median %.3f ms, p99 %.3f ms, max %.3f ms",
                count(), medianMillis(), percentileMillis(99), maxMillis());
    }
}
