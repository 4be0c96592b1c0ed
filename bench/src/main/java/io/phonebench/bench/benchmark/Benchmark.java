package io.phonebench.bench.benchmark;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** Runs every figure's measurement in turn and collects the figures; progress goes to its own stream. */
public final class Benchmark {
    private final BenchmarkPlan plan;
    private final PrintWriter progress;

    public Benchmark(BenchmarkPlan plan, PrintWriter progress) {
        this.plan = plan;
        this.progress = progress;
    }

    /** Cheap, CPU-bound figures first; the fleet ramp, which fills the heap with threads and phones, last. */
    public List<Figure> run() {
        List<Figure> figures = new ArrayList<>();
        machineLoad().ifPresent(figures::add);   // before this run adds its own load
        figures.addAll(step("RTP receiver statistics", () -> new RtpReceiverThroughput(plan.rtp()).measure()));
        figures.addAll(step("screen comparison 800x480", () -> new ScreenCompareSpeed(plan.compare()).measure()));
        figures.addAll(step("push overhead", () -> new PushOverhead(plan.push(), progress).measure()));
        figures.addAll(step("relay round trip", () -> new RelayRoundTrip(plan.relay()).measure()));
        figures.addAll(step("parallel phones " + plan.parallel().sizes(),
                () -> new ParallelPhones(plan.parallel()).measure()));
        figures.addAll(step("virtual phones per JVM " + plan.fleet().steps(),
                () -> new PhonesPerJvm(plan.fleet(), progress).measure()));
        return figures;
    }

    /**
     * {@code machine_load_per_core}: the one-minute load average over the cores as the run starts. Wall-time
     * figures are only comparable between runs on machines that were similarly idle; above about 1 they are not.
     */
    private static Optional<Figure> machineLoad() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        double load = os.getSystemLoadAverage();
        return load < 0 ? Optional.empty()
                : Optional.of(new Figure("machine_load_per_core", load / os.getAvailableProcessors()));
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
