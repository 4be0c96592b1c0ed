package io.phonebench.bench.benchmark;

import java.time.Duration;
import java.util.List;

/**
 * How much each figure measures. {@link #full()} is the default run (a few minutes, stable medians);
 * {@link #quick()} proves the harness in seconds and its figures are rough: its phones-per-JVM ramp accepts a p99 of
 * 10 s, because a loaded build machine cannot promise 20 ms and the quick run is there to show that every figure
 * comes out.
 */
public record BenchmarkPlan(Push push, Fleet fleet, Samples compare, Samples relay, Rtp rtp, Rtp rtpSocket,
                            List<Scaling> scalings) {

    public BenchmarkPlan {
        scalings = List.copyOf(scalings);
    }

    /**
     * The nightly's scaling: a fixed subset of the nightly ({@code tests}, a --tests glob) run through the real run
     * path on one phone and on each of {@code phones}, every phone of firmware {@code profile}; its figures are named
     * {@code <stem>_scaling_N}, {@code <stem>_wall_N_s} and so on.
     */
    public record Scaling(String stem, List<Integer> phones, String profile, String tests) {
        public Scaling {
            phones = List.copyOf(phones);
        }
    }

    /** Untimed runs first, then timed ones. */
    public record Samples(int warmup, int samples) {
    }

    /**
     * Push overhead, per side: the first {@code cold} pushes of fresh clients (what a short run lives in), then a
     * warm-up and the warm samples; sampling stops after {@code budget} whatever the counts say.
     */
    public record Push(int cold, int warmup, int samples, Duration budget) {
    }

    /**
     * The phones-per-JVM ramp: fleet sizes, measured rounds per step (each a push and a screenshot per phone, one
     * bench thread per phone), requests at least before the first step is measured, the p99 a step must keep, when
     * to stop stepping, and the JIT warm-up before each step (back-to-back windows until the JIT settles, at
     * most the cap).
     */
    public record Fleet(List<Integer> steps, int roundsPerPhone, int firstWarmup, Duration p99Limit,
            Duration budget, Duration jitWindow, Duration jitCap) {
        public Fleet {
            steps = List.copyOf(steps);
        }
    }

    /** Receiver statistics (in memory, or through a socket): untimed runs, timed runs, packets per run. */
    public record Rtp(int warmupRuns, int runs, int packetsPerRun) {
    }

    public static BenchmarkPlan full() {
        // The fleet's 8 measured rounds (8 s): at 2,000 phones a young pause comes every 2-3 s, so a 2 s load held
        // none or one, and its p99 told where the pause fell rather than what the fleet keeps.
        return new BenchmarkPlan(new Push(1000, 20000, 4000, Duration.ofSeconds(45)),
                new Fleet(List.of(100, 250, 500, 1000, 1500, 2000, 2500), 8, 2000, Duration.ofMillis(20),
                        Duration.ofSeconds(300), Duration.ofSeconds(2), Duration.ofSeconds(90)),
                new Samples(100, 150), new Samples(50, 300), new Rtp(3, 7, 2_000_000), new Rtp(1, 5, 200_000),
                List.of(new Scaling("nightly", List.of(24, 96), "realistic-timing", NightlyScaling.SUBSET),
                        new Scaling("nightly_faithful", List.of(24, 96), "faithful", NightlyScaling.SUBSET)));
    }

    public static BenchmarkPlan quick() {
        return new BenchmarkPlan(new Push(50, 100, 100, Duration.ofSeconds(5)),
                new Fleet(List.of(10, 25), 2, 0, Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofMillis(200),
                        Duration.ofMillis(300)),
                new Samples(5, 10), new Samples(5, 20), new Rtp(1, 3, 200_000), new Rtp(0, 2, 10_000),
                List.of(new Scaling("nightly_faithful", List.of(2), "faithful", NightlyScaling.SUBSET)));
    }
}
