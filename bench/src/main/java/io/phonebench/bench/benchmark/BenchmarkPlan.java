package io.phonebench.bench.benchmark;

import java.time.Duration;
import java.util.List;

/**
 * How much each figure measures. {@link #full()} is the default run (a few minutes, stable medians);
 * {@link #quick()} proves the harness in seconds and its figures are rough: its phones-per-JVM ramp accepts a p99 of
 * 1 s, because a loaded build machine cannot promise 20 ms and the quick run is there to show that every figure
 * comes out.
 *
 * @param pushWarmup, pushSamples           push overhead, per side
 * @param pushBudget                        push overhead stops sampling after this
 * @param parallelSizes, parallelRounds     fleet sizes compared with one phone; rounds per size (median taken)
 * @param fleetSteps                        phones-per-JVM ramp
 * @param fleetPushesPerPhone               measured pushes to each phone per step
 * @param fleetPushers                      bench threads pushing at once during the ramp
 * @param fleetP99Limit                     latency a ramp step must keep
 * @param fleetBudget                       no ramp step starts after this
 * @param compareWarmup, compareSamples     screen comparisons
 * @param relayWarmup, relaySamples         relay commands
 * @param rtpWarmupRuns, rtpRuns, rtpPacketsPerRun  receiver statistics runs
 */
public record BenchmarkPlan(int pushWarmup, int pushSamples, Duration pushBudget, List<Integer> parallelSizes, int parallelRounds,
        List<Integer> fleetSteps, int fleetPushesPerPhone, int fleetPushers, Duration fleetP99Limit,
        Duration fleetBudget, int compareWarmup, int compareSamples, int relayWarmup, int relaySamples,
        int rtpWarmupRuns, int rtpRuns, int rtpPacketsPerRun) {

    public BenchmarkPlan {
        parallelSizes = List.copyOf(parallelSizes);
        fleetSteps = List.copyOf(fleetSteps);
    }

    public static BenchmarkPlan full() {
        return new BenchmarkPlan(2000, 3000, Duration.ofSeconds(40), List.of(8, 24), 5,
                List.of(100, 250, 500, 750, 1000, 1500), 5, 8, Duration.ofMillis(20), Duration.ofSeconds(120),
                100, 150, 50, 300, 3, 7, 2_000_000);
    }

    public static BenchmarkPlan quick() {
        return new BenchmarkPlan(100, 100, Duration.ofSeconds(5), List.of(8, 24), 1,
                List.of(10, 25), 3, 4, Duration.ofSeconds(1), Duration.ofSeconds(5),
                5, 10, 5, 20, 1, 3, 200_000);
    }
}
