package io.phonebench.bench.benchmark;

import io.phonebench.bench.verdict.Outcome;
import io.phonebench.bench.run.RunSummary;
import io.phonebench.bench.run.Shard;
import io.phonebench.bench.run.SuiteRequest;
import io.phonebench.bench.run.SuiteRun;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code nightly_scaling_N}: wall(N phones) / wall(1 phone) of a fixed nightly subset, run through the same path as
 * {@code phonebench run} (SuiteRun, the JUnit extension, a rig session with bring-up and teardown) on a generated
 * rig of virtual phones. With latency-bound phones (realistic-timing) it shows whether phones really run side by
 * side: 1.0 is perfect, N is one after another.
 */
final class NightlyScaling {
    /** The nightly's push tests (text, objects, the push limit, authentication): what a lab's phones do most. */
    static final String SUBSET = "Push*";
    private static final String NIGHTLY_CLASS = "io.phonebench.testcases.nightly.PushTextTest";

    private final BenchmarkPlan.Scaling plan;
    private final PrintWriter progress;

    NightlyScaling(BenchmarkPlan.Scaling plan, PrintWriter progress) {
        this.plan = plan;
        this.progress = progress;
    }

    /** Whether the nightly suite is on the class path (it is in phonebench.jar, not in the bench module alone). */
    static boolean nightlyAvailable() {
        try {
            Class.forName(NIGHTLY_CLASS, false, NightlyScaling.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    List<Figure> measure() {
        Path dir;
        try {
            dir = Files.createTempDirectory("phonebench-scaling");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Figure> figures = new ArrayList<>();
        double[] cpu = new double[1];
        // An untimed run first: the JVM's first run pays class loading and JIT for every later one, which would
        // make the 1-phone baseline more work than each phone of the N-phone runs.
        wallSeconds(dir, 1, cpu);
        double one = wallSeconds(dir, 1, cpu);
        figures.add(new Figure("nightly_wall_1_s", one, plan.profile() + ", tests " + plan.tests()));
        figures.add(new Figure("nightly_cpu_1_s", cpu[0], "CPU time of the bench's JVM (bench and virtual phones)"));
        for (int phones : plan.phones()) {
            double wall = wallSeconds(dir, phones, cpu);
            figures.add(new Figure("nightly_wall_" + phones + "_s", wall, plan.profile()));
            figures.add(new Figure("nightly_cpu_per_phone_" + phones + "_s", cpu[0] / phones,
                    "CPU time of the bench's JVM per phone (bench and virtual phones): moves far less with the"
                            + " machine's load than wall time"));
            figures.add(new Figure("nightly_scaling_" + phones, wall / one, plan.profile()
                    + ": wall(" + phones + ")/wall(1), 1.0 = phones fully side by side"));
        }
        return figures;
    }

    /** The run's wall time; its CPU time (the whole JVM's: bench and virtual phones) goes to {@code cpu[0]}. */
    private double wallSeconds(Path dir, int phones, double[] cpu) {
        Path rig = dir.resolve("scaling-" + phones + ".yaml");
        Path results = dir.resolve("results-" + phones);
        for (int n = 2; Files.exists(results); n++) {
            results = dir.resolve("results-" + phones + "-" + n);
        }
        StringBuilder yaml = new StringBuilder("""
                name: scaling-%d
                credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                serviceHost: { bind: 127.0.0.1, port: 0 }
                phones:
                """.formatted(phones));
        for (int i = 0; i < phones; i++) {
            yaml.append("  - { name: scale-%d, model: CP-7970G, address: 127.0.%d.%d, port: 0, emulated: { profile: %s } }\n"
                    .formatted(i + 1, 200 + i / 200, 1 + i % 200, plan.profile()));
        }
        AllureLifecycle previous = Allure.getLifecycle();
        try {
            Files.writeString(rig, yaml);
            long start = System.nanoTime();
            long cpuStart = ProcessCpu.nanos();
            RunSummary summary = new SuiteRun(new PrintStream(OutputStream.nullOutputStream())).execute(
                    new SuiteRequest(rig, "nightly", List.of(), Optional.of(plan.tests()),
                            results, Shard.ALL), 0);
            double seconds = (System.nanoTime() - start) / 1e9;
            cpu[0] = (ProcessCpu.nanos() - cpuStart) / 1e9;
            // the figure is a wall time; what the results were is said beside it, so a fast run of failures shows
            StringBuilder outcomes = new StringBuilder();
            for (Outcome outcome : Outcome.values()) {
                long n = summary.count(outcome);
                if (n > 0) {
                    outcomes.append(outcomes.isEmpty() ? "" : ", ").append(n).append(' ').append(outcome);
                }
            }
            progress.printf("benchmark: nightly subset on %d %s phone(s): %.1f s (CPU %.1f s), %s%s%n", phones,
                    plan.profile(), seconds, cpu[0], outcomes, summary.results().stream().filter(r -> r.outcome() != Outcome.PASSED
                            && r.outcome() != Outcome.SKIPPED).findFirst()
                            .map(r -> " (first: " + r.outcome() + " " + r.test() + " " + r.phone() + ": "
                                    + r.message() + ")").orElse(""));
            progress.flush();
            return seconds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Allure.setLifecycle(previous);
        }
    }
}
