package io.phonebench.bench.benchmark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Runs every figure's measurement in turn and collects the figures; progress goes to its own stream. */
public final class Benchmark {
    private final BenchmarkPlan plan;
    private final PrintWriter progress;

    public Benchmark(BenchmarkPlan plan, PrintWriter progress) {
        this.plan = plan;
        this.progress = progress;
    }

    public List<Figure> run() {
        List<Figure> figures = new ArrayList<>();
        figures.addAll(step("RTP receiver statistics", () -> new RtpReceiverThroughput(plan.rtpWarmupRuns(),
                plan.rtpRuns(), plan.rtpPacketsPerRun()).measure()));
        figures.addAll(step("screen comparison 800x480", () -> new ScreenCompareSpeed(plan.compareWarmup(),
                plan.compareSamples()).measure()));
        figures.addAll(step("push overhead", () -> new PushOverhead(plan.pushWarmup(), plan.pushSamples(), plan.pushBudget())
                .measure()));
        figures.addAll(step("relay round trip", () -> new RelayRoundTrip(plan.relayWarmup(), plan.relaySamples())
                .measure()));
        figures.addAll(step("parallel phones " + plan.parallelSizes(), () -> new ParallelPhones(plan.parallelSizes(),
                plan.parallelRounds()).measure()));
        figures.addAll(step("virtual phones per JVM " + plan.fleetSteps(), () -> new PhonesPerJvm(plan.fleetSteps(),
                plan.fleetPushesPerPhone(), plan.fleetPushers(), plan.fleetP99Limit(), plan.fleetBudget(), progress)
                .measure()));
        return figures;
    }

    private List<Figure> step(String what, Supplier<List<Figure>> measurement) {
        progress.println("benchmark: " + what + " ...");
        long start = System.nanoTime();
        List<Figure> figures = measurement.get();
        progress.printf(Locale.ROOT, "benchmark: %s done in %.1f s%n", what, (System.nanoTime() - start) / 1e9);
        return figures;
    }

    /** One {@code name=value} line per figure. */
    public static String lines(List<Figure> figures) {
        StringBuilder out = new StringBuilder();
        figures.forEach(f -> out.append(f).append('\n'));
        return out.toString();
    }

    /** A flat JSON object, figures in measuring order; names are snake_case and values finite, so nothing to escape. */
    public static String json(List<Figure> figures) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            out.append(i == 0 ? "\n  \"" : ",\n  \"").append(f.name()).append("\": ").append(f.formatted());
        }
        return out.append(figures.isEmpty() ? "}" : "\n}").append('\n').toString();
    }
}
