package io.phonebench.bench.benchmark;

import io.phonebench.emulator.serial.PseudoTerminalPair;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs every figure's measurement in turn and collects the figures; progress goes to its own stream. The machine's
 * load per core is taken at the start, before and after each measurement and at the end, and the CPU other processes
 * used during each measurement: a figure taken above {@link #LOADED} per core, or beside other work, carries a note
 * that says which ({@link HostConditions}).
 */
public final class Benchmark {
    /** Load per core above which wall-time figures may measure the other work on the machine as much as the bench. */
    static final double LOADED = HostConditions.LOADED;

    /** The measurements {@code --only} can pick, by the name their figures start with, in measuring order. */
    public static final List<String> MEASUREMENTS = List.of("rtp_statistics", "rtp_receiver", "screen_compare",
            "push_overhead", "relay_roundtrip", "virtual_phones_per_jvm", "nightly_scaling");

    private final BenchmarkPlan plan;
    private final PrintWriter progress;
    private final Set<String> only;

    public Benchmark(BenchmarkPlan plan, PrintWriter progress) {
        this(plan, progress, Set.of());
    }

    /** @param only the {@link #MEASUREMENTS} to take; empty: all of them */
    public Benchmark(BenchmarkPlan plan, PrintWriter progress, Set<String> only) {
        this.plan = plan;
        this.progress = progress;
        this.only = Set.copyOf(only);
        if (!MEASUREMENTS.containsAll(only)) {
            throw new IllegalArgumentException("unknown measurement(s) " + only.stream()
                    .filter(m -> !MEASUREMENTS.contains(m)).sorted().toList() + ": expected any of "
                    + String.join(", ", MEASUREMENTS));
        }
    }

    private boolean takes(String measurement) {
        return only.isEmpty() || only.contains(measurement);
    }

    /** Cheap, CPU-bound figures first; the fleet ramp, which fills the heap with threads and phones, last. */
    public List<Figure> run() {
        List<Figure> figures = new ArrayList<>();
        figures.add(loadFigure("machine_load_per_core_start"));
        if (takes("rtp_statistics")) {
            figures.addAll(step("RTP statistics in memory", () -> new RtpStatisticsThroughput(plan.rtp()).measure()));
        }
        if (takes("rtp_receiver")) {
            figures.addAll(step("RTP receiver through a UDP socket",
                    () -> new RtpReceiverThroughput(plan.rtpSocket()).measure()));
        }
        if (takes("screen_compare")) {
            figures.addAll(step("screen comparison 800x480",
                    () -> new ScreenCompareSpeed(plan.compare()).measure()));
        }
        if (takes("push_overhead")) {
            figures.addAll(step("push overhead", () -> new PushOverhead(plan.push(), progress).measure()));
        }
        if (takes("relay_roundtrip")) {
            figures.addAll(relayRoundTrip());
        }
        if (takes("virtual_phones_per_jvm")) {
            figures.addAll(step("virtual phones per JVM " + plan.fleet().steps(),
                    () -> new PhonesPerJvm(plan.fleet(), progress).measure()));
        }
        if (!takes("nightly_scaling")) {
            // not asked for
        } else if (NightlyScaling.nightlyAvailable()) {
            for (BenchmarkPlan.Scaling scaling : plan.scalings()) {
                figures.addAll(step("nightly scaling " + scaling.profile() + " " + scaling.phones(),
                        () -> new NightlyScaling(scaling, progress).measure()));
            }
        } else {
            progress.println("benchmark: nightly scaling skipped (nightly_*): the nightly suite is not on the"
                    + " class path (run it from phonebench.jar: ./phonebench benchmark)");
        }
        figures.add(loadFigure("machine_load_per_core_end"));
        return figures;
    }

    /** The load per core now, noted when it is above {@link #LOADED}. */
    private static Figure loadFigure(String name) {
        double load = loadPerCore();
        Figure figure = new Figure(name, load);
        return load <= LOADED ? figure : figure.noted(String.format(Locale.ROOT, "above %.1f per core: the one-minute"
                + " average counts this benchmark's own work with any other; each figure's note tells them apart",
                LOADED));
    }

    /** The relay figures, or none with the reason on the progress stream when socat is not on the PATH. */
    List<Figure> relayRoundTrip() {
        if (!PseudoTerminalPair.socatInstalled()) {
            progress.println("benchmark: relay round trip skipped (relay_roundtrip_ratio, relay_roundtrip_ms):"
                    + " socat is not installed, and the simulated board needs a pseudo-terminal pair"
                    + " (apt-get install socat)");
            return List.of();
        }
        return step("relay round trip", () -> new RelayRoundTrip(plan.relay()).measure());
    }

    /** The one-minute load average over the cores; 0 where the platform has none. */
    static double loadPerCore() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        double load = os.getSystemLoadAverage();
        return load < 0 ? 0 : load / os.getAvailableProcessors();
    }

    private List<Figure> step(String what, Supplier<List<Figure>> measurement) {
        progress.println("benchmark: " + what + " ...");
        double load = loadPerCore();
        HostConditions.Sample start = HostConditions.Sample.now();
        List<Figure> figures = measurement.get();
        HostConditions conditions = HostConditions.between(start, load, HostConditions.Sample.now(), loadPerCore());
        progress.printf(Locale.ROOT, "benchmark: %s done in %.1f s (load per core %.2f at start, %.2f at end; other"
                + " processes used %.2f of %d cores)%n", what, (System.nanoTime() - start.wallNanos()) / 1e9,
                conditions.loadStart(), conditions.loadEnd(), conditions.otherCoresUsed(), conditions.cores());
        return conditions.note().map(note -> figures.stream().map(f -> f.noted(note)).toList()).orElse(figures);
    }

    /** One {@code name=value} line per figure, its note after {@code #}. */
    public static String lines(List<Figure> figures) {
        StringBuilder out = new StringBuilder();
        figures.forEach(f -> out.append(f).append('\n'));
        return out.toString();
    }

    /**
     * A flat JSON object of the figures in measuring order (names are snake_case and values finite, so nothing to
     * escape), then {@code "notes"}: an object of the notes by figure name, JSON-escaped.
     */
    public static String json(List<Figure> figures) {
        StringBuilder out = new StringBuilder("{");
        for (Figure f : figures) {
            out.append(out.length() == 1 ? "\n  \"" : ",\n  \"").append(f.name()).append("\": ").append(f.formatted());
        }
        List<Figure> noted = figures.stream().filter(f -> !f.note().isEmpty()).toList();
        out.append(out.length() == 1 ? "\n  " : ",\n  ").append("\"notes\": {");
        for (int i = 0; i < noted.size(); i++) {
            out.append(i == 0 ? "\n    \"" : ",\n    \"").append(noted.get(i).name()).append("\": \"")
                    .append(escape(noted.get(i).note())).append('"');
        }
        return out.append(noted.isEmpty() ? "}" : "\n  }").append("\n}\n").toString();
    }

    private static String escape(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
