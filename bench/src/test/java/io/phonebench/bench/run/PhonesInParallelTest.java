package io.phonebench.bench.run;

import io.phonebench.bench.verdict.Outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.testcases.parallelfixture.OverlapScenario;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A suite run drives its phones at once, one worker per phone, through the real path (SuiteRun, the bench's JUnit
 * extension, a rig session of virtual phones): proved by a latch every phone's invocation must reach while the
 * others are in flight, not by timing; and each phone's service host namespace holds only its own requests.
 */
class PhonesInParallelTest {
    private static final int PHONES = 3;

    @Test
    void everyPhonesInvocationIsInFlightAtOnceWithItsOwnServiceHostRequests(@TempDir Path dir) throws Exception {
        OverlapScenario.inFlight = new CountDownLatch(PHONES);
        OverlapScenario.fetched = new CountDownLatch(PHONES);

        Run run = run(dir, 0);

        for (String phone : List.of("left-7970", "middle-7960", "right-8861")) {
            List<RunSummary.Result> results = run.summary.results().stream().filter(r -> r.phone().equals(phone))
                    .toList();
            assertEquals(1, results.size(), phone + ": " + run.output);
            assertEquals(Outcome.PASSED, results.get(0).outcome(), phone + ": " + results.get(0).message() + "\n"
                    + run.output);
            assertTrue(run.output.lines().anyMatch(l -> l.startsWith(phone) && l.contains("READY")),
                    "the session's notices go with the run's output: " + run.output);
        }
        assertTrue(run.output.contains("3 at a time"), run.output);
    }

    @Test
    void parallelCapsHowManyPhonesRunAtOnce(@TempDir Path dir) throws Exception {
        // two of three phones may meet; the third cannot start until one of them is done, so nobody waits for it
        OverlapScenario.inFlight = new CountDownLatch(2);
        OverlapScenario.fetched = new CountDownLatch(2);

        Run run = run(dir, 2);

        assertEquals(3, run.summary.count(Outcome.PASSED), run.output);
        assertTrue(run.output.contains("2 at a time"), run.output);
    }

    private record Run(RunSummary summary, String output) {
    }

    private static Run run(Path dir, int parallel) throws Exception {
        Path rig = dir.resolve("parallel.yaml");
        Files.writeString(rig, """
                name: parallel
                credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                serviceHost: { bind: 127.0.0.1, port: 0 }
                phones:
                  - { name: left-7970, model: CP-7970G, address: 127.0.41.1, port: 0, emulated: { profile: faithful } }
                  - { name: middle-7960, model: CP-7960G, address: 127.0.41.2, port: 0, emulated: { profile: faithful } }
                  - { name: right-8861, model: CP-8861, address: 127.0.41.3, port: 0, emulated: { profile: faithful } }
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AllureLifecycle surefires = Allure.getLifecycle();
        String resultsProperty = System.getProperty("allure.results.directory");
        try {
            RunSummary summary = new SuiteRun(new PrintStream(out, true, StandardCharsets.UTF_8)).execute(
                    new SuiteRequest(rig, "parallelfixture", List.of(), Optional.empty(), dir.resolve("results"),
                            Shard.ALL), parallel);
            return new Run(summary, out.toString(StandardCharsets.UTF_8));
        } finally {
            Allure.setLifecycle(surefires);
            if (resultsProperty == null) {
                System.clearProperty("allure.results.directory");
            } else {
                System.setProperty("allure.results.directory", resultsProperty);
            }
        }
    }
}
