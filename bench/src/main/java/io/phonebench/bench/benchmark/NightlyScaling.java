package io.phonebench.bench.benchmark;

import io.phonebench.bench.files.ScratchDirectory;
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
import java.util.Locale;
import java.util.Optional;

/**
 * {@code <stem>_scaling_N}: wall(N phones) / wall(1 phone) of a fixed nightly subset, run through the same path as
 * {@code phonebench run} (SuiteRun, the JUnit extension, a rig session with bring-up and teardown) on a generated
 * rig of virtual phones. With latency-bound phones (realistic-timing, as a lab's) it shows whether phones really run
 * side by side: 1.0 is perfect, N is one after another. Faithful virtual phones answer at once, so N of them are
 * bound by the host's cores instead; {@code <stem>_scaling_floor_N} says what the run's own CPU time allows on this
 * machine, so a ratio at its floor reads as CPU-bound rather than as phones waiting on each other.
 */
final class NightlyScaling {
    /** The nightly's push tests (text, objects, the push limit, authentication): what a lab's phones do most. */
    static final String SUBSET = "Push*";
    private static final String NIGHTLY_CLASS = "io.phonebench.testcases.nightly.PushTextTest";
    private static final int CORES = Runtime.getRuntime().availableProcessors();

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
        boolean allPassed = true;
        boolean finished = false;
        try {
            // An untimed run first: the JVM's first run pays class loading and JIT for every later one, which would
            // make the 1-phone baseline more work than each phone of the N-phone runs.
            allPassed &= run(dir, 1).passed();
            Run one = run(dir, 1);
            allPassed &= one.passed();
            String stem = plan.stem();
            figures.add(new Figure(stem + "_wall_1_s", one.wall(), plan.profile() + ", tests " + plan.tests()
                    + one.unpassed()));
            figures.add(new Figure(stem + "_cpu_1_s", one.cpu(),
                    "CPU time of the bench's JVM (bench and virtual phones)"));
            for (int phones : plan.phones()) {
                Run n = run(dir, phones);
                allPassed &= n.passed();
                figures.add(new Figure(stem + "_wall_" + phones + "_s", n.wall(), plan.profile() + n.unpassed()));
                figures.add(new Figure(stem + "_cpu_per_phone_" + phones + "_s", n.cpu() / phones,
                        "CPU time of the bench's JVM per phone (bench and virtual phones): moves far less with the"
                                + " machine's load than wall time"));
                figures.add(new Figure(stem + "_scaling_" + phones, n.wall() / one.wall(), plan.profile()
                        + ": wall(" + phones + ")/wall(1), 1.0 = phones fully side by side" + n.unpassed()));
                figures.add(new Figure(stem + "_scaling_floor_" + phones, floor(n.cpu(), one.wall()),
                        String.format(Locale.ROOT, "the least wall(%d)/wall(1) the run's %.1f s of CPU allows on %d"
                                + " cores: a ratio at its floor is CPU-bound, one above it waited", phones, n.cpu(),
                                CORES)));
            }
            finished = true;
            return figures;
        } finally {
            if (!finished || !allPassed) {
                progress.println("benchmark: the scaling runs' rigs and Allure results are kept in " + dir
                        + (finished ? " (not every test passed)" : " (the measurement stopped)"));
            } else if (!ScratchDirectory.delete(dir)) {
                progress.println("benchmark: could not remove the scaling runs' directory " + dir);
            }
        }
    }

    /**
     * The smallest wall(N)/wall(1) a run that used {@code cpuSeconds} of CPU could reach on this machine's cores if
     * they were never idle, and never below 1 (N phones side by side take at least one phone's time).
     */
    static double floor(double cpuSeconds, double wallOne) {
        return Math.max(1.0, cpuSeconds / CORES / wallOne);
    }

    /**
     * One suite run: its wall time, the CPU time of the whole JVM (bench and virtual phones), and what did not pass
     * (empty, or "; 3 BROKEN, first: ..."), which the figures carry so a fast run of failures cannot pass for a
     * fast run.
     */
    private record Run(double wall, double cpu, String unpassed) {
        boolean passed() {
            return unpassed.isEmpty();
        }
    }

    private Run run(Path dir, int phones) {
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
            double cpu = (ProcessCpu.nanos() - cpuStart) / 1e9;
            StringBuilder outcomes = new StringBuilder();
            StringBuilder unpassed = new StringBuilder();
            for (Outcome outcome : Outcome.values()) {
                long n = summary.count(outcome);
                if (n > 0) {
                    outcomes.append(outcomes.isEmpty() ? "" : ", ").append(n).append(' ').append(outcome);
                }
                if (n > 0 && outcome != Outcome.PASSED && outcome != Outcome.SKIPPED) {
                    unpassed.append(unpassed.isEmpty() ? "; " : ", ").append(n).append(' ').append(outcome);
                }
            }
            String first = summary.results().stream()
                    .filter(r -> r.outcome() != Outcome.PASSED && r.outcome() != Outcome.SKIPPED).findFirst()
                    .map(r -> " (first: " + r.outcome() + " " + r.test() + " " + r.phone() + ": " + r.message() + ")")
                    .orElse("");
            progress.printf(Locale.ROOT, "benchmark: nightly subset on %d %s phone(s): %.1f s (CPU %.1f s), %s%s%n",
                    phones, plan.profile(), seconds, cpu, outcomes, first);
            progress.flush();
            return new Run(seconds, cpu, unpassed.isEmpty() ? "" : unpassed + first);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Allure.setLifecycle(previous);
        }
    }
}
