package io.phonebench.testcases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.run.LostResults;
import io.phonebench.bench.lab.LeasedHardware;
import io.phonebench.bench.lease.LeaseDirectory;
import io.phonebench.bench.lease.LeaseOwner;
import io.phonebench.bench.lease.LeaseTerms;
import io.phonebench.bench.rig.Rig;
import io.phonebench.bench.rig.RigFile;
import io.phonebench.bench.verdict.Outcome;
import io.phonebench.bench.run.RunSummary;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The faults rig, run through the CLI: every phone has a fault scheduled, and the run ends by itself with the
 * figure line. PushObjectsTest pushes often enough for hang-7970 to hang, be recovered once, hang again and break;
 * pages-7941 and relay-8861 (silent board) break at the health check; slowboot-7960 comes up slowly and passes.
 */
/* End-to-end runs of the whole suite: bounded, but longer than the default per-test timeout on a busy CI host. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
@Tag("reliability")
/* Each run is a child JVM whose phones have loopback addresses no other class of this module uses (127.0.3.x for the
 * faults rig, a subnet of its own for each interrupted run), so it shares no port and no lease with them. The class
 * runs beside the module's other classes, its three runs one after another (SAME_THREAD): they mostly wait on
 * deadlines and boots, but three at once starved each other on a loaded 2-core host. */
@Execution(ExecutionMode.CONCURRENT)
class FaultsRigTest {
    /** A progress line: {@code [3/152] PASSED  PushTextTest.showsPushedText  desk-7970  (0.2 s)}. */
    private static final String PASSWORD = "Zq7-faults-s3cret-91";
    /** As the launchers start the bench (bin/phonebench): C1 only, the JIT setting measured to suit a short run. */
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    private static final Pattern FINISHED = Pattern.compile("\\[\\d+/\\d+\\] (\\w+)\\s+(\\S+)\\s+(\\S+)\\s+\\(.*");

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    void faultsRunEndsWithOneRecoveryThreeBrokenPhonesNoLostResultAndNoLeakedPassword(@TempDir Path work) throws Exception {
        Path results = work.resolve("allure-results");
        Path log = work.resolve("run.log");
        // A child JVM, as in the lab: Allure's results directory is fixed once per JVM, and this one has its own.
        ProcessBuilder builder = new ProcessBuilder(java(), C1_ONLY,
                "-cp", System.getProperty("java.class.path"), "io.phonebench.bench.cli.PhoneBenchCommand",
                "run", "--rig", Rigs.path("virtual-faults.yaml").toString(), "--suite", "nightly",
                "--tests", "PushObjectsTest", "--results", results.toString(), "--report")
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        // The rig reads the password as ${PHONEBENCH_PASSWORD}: faults make error messages, where a leak would be.
        builder.environment().put("PHONEBENCH_PASSWORD", PASSWORD);
        Process run = builder.start();
        // a bound for a stuck run, not a speed target: 90 s alone at load 36 on 2 cores
        boolean ended = run.waitFor(240, TimeUnit.SECONDS);
        if (!ended) {
            run.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertTrue(ended, "the faults run must end by itself within 240 s; output:\n" + output);
        assertEquals(2, run.exitValue(), "exit code of a run with BROKEN phones; output:\n" + output);
        assertTrue(output.contains("faults injected 4, recovered 1, broken 3, results lost 0"), output);
        assertTrue(output.lines().noneMatch(l -> l.matches("\\[\\d+/\\d+\\] FAILED .*")),
                "no fault may come out as a product FAILURE:\n" + output);
        assertTrue(output.contains("relay board 'board2'") && output.contains("channel 1"),
                "the silent board's phone is BROKEN naming board and channel:\n" + output);
        assertFalse(output.contains(PASSWORD), "the phone password appears in the console output and logs");
        // each phone's tests wait for their own phone only: slowboot-7960 passes its tests while pages-7941 is still
        // failing its health check (11 s of polling, a recovery, 11 s more)
        List<String> lines = output.lines().toList();
        int pagesBroken = lines.indexOf(lines.stream().filter(l -> l.matches("pages-7941\\s+BROKEN .*")).findFirst()
                .orElseThrow(() -> new AssertionError("no BROKEN line for pages-7941:\n" + output)));
        assertTrue(lines.subList(0, pagesBroken).stream()
                        .anyMatch(l -> l.matches("\\[\\d+/\\d+\\] PASSED .* slowboot-7960 .*")),
                "slowboot-7960's tests waited for pages-7941's health check:\n" + output);
        // faults of the lab's hardware are reported by what they are, never by a stack trace (the silent board's
        // safe state at the end of the run once printed one)
        assertFalse(output.contains("\tat io.phonebench."), "a stack trace in the faults run's output:\n" + output);
        try (Stream<Path> files = Files.walk(results)) {
            List<Path> leaking = files.filter(Files::isRegularFile).filter(f -> contains(f, PASSWORD)).toList();
            assertEquals(List.of(), leaking, "allure-results files that contain the phone password");
        }
        Path report = work.resolve("allure-results-report/index.html");
        assertTrue(Files.isRegularFile(report), "the report was generated: " + output);
        assertFalse(reportContains(report, PASSWORD), "the HTML report (or a file embedded in it) contains the password");
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    void everyTestFinishedBeforeSigkillHasItsAllureResult(@TempDir Path work) throws Exception {
        Interrupted run = interruptedRun(work, "-KILL", 7);

        assertEquals(137, run.exit(), "killed by SIGKILL:\n" + run.output());
        // The killed run's leases stay behind, but its process is gone: the next run takes them over at once.
        LeaseDirectory leases = new LeaseDirectory(work.resolve("leases"), Clock.systemUTC(), LeaseOwner.current());
        String desk7960 = deskSevenNineSixtyLease(run.rig());
        assertTrue(leases.holder(desk7960).isPresent(), "the killed run held a lease on desk-7960");
        try (var next = leases.acquire(desk7960, new LeaseTerms(Duration.ofMinutes(1), Duration.ZERO,
                Duration.ZERO))) {
            assertTrue(next.isHeld(), "the next run leases the phone a killed run left behind");
        }
        assertEquals(List.of(), LostResults.in(run.finished(), work.resolve("allure-results")),
                "finished tests without an Allure result");
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    void sigtermStopsStartingTestsAndLosesNoResult(@TempDir Path work) throws Exception {
        Interrupted run = interruptedRun(work, "-TERM", 8);

        assertEquals(143, run.exit(), "ended by SIGTERM:\n" + run.output());
        LeaseDirectory leases = new LeaseDirectory(work.resolve("leases"), Clock.systemUTC(), LeaseOwner.current());
        assertTrue(leases.holder(deskSevenNineSixtyLease(run.rig())).isEmpty(), "SIGTERM releases the run's leases");
        assertTrue(run.finished().stream().noneMatch(r -> r.outcome() == Outcome.BROKEN),
                "closing the rig session at SIGTERM must not break the tests still in the run:\n" + run.output());
        assertEquals(List.of(), LostResults.in(run.finished(), work.resolve("allure-results")),
                "finished tests without an Allure result");
    }

    /** The lease of desk-7960's address on {@code rig}: leases name hardware, not rig entries. */
    private static String deskSevenNineSixtyLease(Path rig) {
        Rig virtual = RigFile.load(rig);
        return LeasedHardware.of(virtual, virtual.phone("desk-7960").orElseThrow()).get(0);
    }

    private record Interrupted(Path rig, List<RunSummary.Result> finished, String output, int exit) {
    }

    /**
     * Runs the nightly suite on the virtual rig in a child JVM and sends it {@code signal} after 6 tests. The rig is
     * rigs/virtual.yaml with its phones moved to 127.0.{@code subnet}.x: the phones listen on fixed RTP ports, and the
     * module's other classes run rigs/virtual.yaml at the same time.
     */
    private static Interrupted interruptedRun(Path work, String signal, int subnet) throws Exception {
        Path rig = Files.writeString(work.resolve("virtual-" + subnet + ".yaml"), Files.readString(
                Rigs.path("virtual.yaml")).replace("address: 127.0.1.", "address: 127.0." + subnet + "."));
        ProcessBuilder builder = new ProcessBuilder(java(), C1_ONLY, "-cp", System.getProperty("java.class.path"),
                "io.phonebench.bench.cli.PhoneBenchCommand", "run", "--rig", rig.toString(),
                "--suite", "nightly", "--results", work.resolve("allure-results").toString())
                .directory(work.toFile()).redirectErrorStream(true);
        builder.environment().put("PHONEBENCH_LEASE_DIR", work.resolve("leases").toString());
        Process run = builder.start();
        // Bounds the whole test: if the run never gets far enough, killing it ends the read below.
        CompletableFuture.delayedExecutor(200, TimeUnit.SECONDS).execute(run::destroyForcibly);
        List<RunSummary.Result> finished = new ArrayList<>();
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = run.inputReader(StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
                Matcher m = FINISHED.matcher(line);
                if (m.matches()) {
                    finished.add(new RunSummary.Result(m.group(2), m.group(3), Outcome.valueOf(m.group(1)), "", 0));
                    if (finished.size() == 6) {
                        signal(run, signal);
                    }
                }
            }
        }
        assertTrue(run.waitFor(20, TimeUnit.SECONDS), "the run did not end after kill " + signal + ":\n" + output);
        assertTrue(finished.size() >= 6, "expected at least 6 finished tests before the signal:\n" + output);
        assertFalse(output.toString().contains("faults injected"), "the run was stopped before its end:\n" + output);
        return new Interrupted(rig, finished, output.toString(), run.exitValue());
    }

    /** kill from outside: Process.destroyForcibly would also close our end of its output. */
    private static void signal(Process process, String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", signal, Long.toString(process.pid())).start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill " + signal + " " + process.pid());
    }

    /** The single-file report embeds every data file base64-encoded: look in the page and in each embedded file. */
    private static boolean reportContains(Path index, String secret) throws java.io.IOException {
        String html = Files.readString(index, StandardCharsets.UTF_8);
        if (html.contains(secret)) {
            return true;
        }
        Matcher embedded = Pattern.compile("d\\('[^']+'\\s*,\\s*'([A-Za-z0-9+/=]+)'\\)").matcher(html);
        while (embedded.find()) {
            if (new String(Base64.getDecoder().decode(embedded.group(1)), StandardCharsets.ISO_8859_1).contains(secret)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(Path file, String secret) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(secret);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
