package io.phonebench.bench.benchmark;

import java.time.Duration;
import java.util.List;

/**
 * How much each figure measures. {@link #full()} is the default run (a few minutes, stable medians);
 * {@link #quick()} proves the harness in seconds and its figures are rough: its phones-per-JVM ramp accepts a p99 of
 * 1 s, because a loaded build machine cannot promise 20 ms and the quick run is there to show that every figure
 * comes out.
 */
public record BenchmarkPlan(Push push, Parallel parallel, Fleet fleet, Samples compare, Samples relay, Rtp rtp) {

    /** Untimed runs first, then timed ones. */
    public record Samples(int warmup, int samples) {
    }

    /** Push overhead, per side; sampling stops after {@code budget} whatever the counts say. */
    public record Push(int warmup, int samples, Duration budget) {
    }

    /** Fleet sizes compared with one phone, and rounds per size (the median is taken). */
    public record Parallel(List<Integer> sizes, int rounds) {
        public Parallel {
            sizes = List.copyOf(sizes);
        }
    }

    /**
     * The phones-per-JVM ramp: fleet sizes, measured pushes to each phone per step, bench threads pushing at once,
     * pushes at least before the first step is measured (JIT), the p99 a step must keep, and when to stop stepping.
     */
    public record Fleet(List<Integer> steps, int pushesPerPhone, int pushers, int firstWarmup, Duration p99Limit,
            Duration budget) {
        public Fleet {
            steps = List.copyOf(steps);
        }
    }

    /** Receiver statistics: untimed runs, timed runs, packets per run. */
    public record Rtp(int warmupRuns, int runs, int packetsPerRun) {
    }

    public static BenchmarkPlan full() {
        return new BenchmarkPlan(new Push(20000, 4000, Duration.ofSeconds(45)), new Parallel(List.of(8, 24), 5),
                new Fleet(List.of(100, 250, 500, 750, 1000, 1500), 5, 8, 3000, Duration.ofMillis(20),
                        Duration.ofSeconds(120)),
                new Samples(100, 150), new Samples(50, 300), new Rtp(3, 7, 2_000_000));
    }

    public static BenchmarkPlan quick() {
        return new BenchmarkPlan(new Push(100, 100, Duration.ofSeconds(5)), new Parallel(List.of(8, 24), 1),
                new Fleet(List.of(10, 25), 3, 4, 300, Duration.ofSeconds(1), Duration.ofSeconds(5)),
                new Samples(5, 10), new Samples(5, 20), new Rtp(1, 3, 200_000));
    }
}
