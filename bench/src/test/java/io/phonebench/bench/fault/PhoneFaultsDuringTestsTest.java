package io.phonebench.bench.fault;

import static io.phonebench.bench.fault.FaultRun.RESPONSE_TIMEOUT_MILLIS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.verdict.Outcome;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults a phone produces in the middle of a test, run through the real JUnit path (SuiteRun, the bench extension,
 * its recovery handler): every wait ends within its bound, the faulted test is BROKEN (never FAILED), the phone is
 * recovered where it stopped answering, and the next test and the other phone go on.
 */
class PhoneFaultsDuringTestsTest {
    /** Margin over the response timeout for a recovery probe, a power cycle and a 300 ms boot. */
    private static final long MARGIN_MILLIS = 3_000;

    @Test
    void crawlingAnswerIsCutOffWithinTheResponseTimeoutAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        FaultRun run = FaultRun.of(dir, "SlowAnswerScenario", "faithful", 21);

        var faulted = run.result("pushDuringTheFault", "faulty-7970");
        assertEquals(Outcome.BROKEN, faulted.outcome(), run.output());
        assertTrue(faulted.message().contains("127.0.21.1"), "names the phone: " + faulted.message());
        assertTrue(faulted.millis() < RESPONSE_TIMEOUT_MILLIS + MARGIN_MILLIS,
                "a crawling answer held the test " + faulted.millis() + " ms: " + faulted.message());
        assertEquals(Outcome.PASSED, run.outcome("pushAfterTheFault", "faulty-7970"), run.output());
        assertEquals(Outcome.PASSED, run.outcome("pushDuringTheFault", "well-7960"), run.output());
    }

    @Test
    void droppedConnectionsAreRecoveredByOnePowerCycle(@TempDir Path dir) throws Exception {
        FaultRun run = FaultRun.of(dir, "ResetScenario", "faithful", 22);

        assertEquals(Outcome.BROKEN, run.outcome("pushDuringTheFault", "faulty-7970"), run.output());
        assertTrue(run.summary().recoveries().recoveries().stream()
                .anyMatch(r -> r.phone().equals("faulty-7970") && r.back()), run.summary().recoveries().recoveries()
                + "\n" + run.output());
        assertEquals(Outcome.PASSED, run.outcome("pushAfterTheFault", "faulty-7970"), run.output());
        assertEquals(Outcome.PASSED, run.outcome("pushAfterTheFault", "well-7960"), run.output());
        assertTrue(run.millis() < 15_000, "run took " + run.millis() + " ms");
    }

    @Test
    void truncatedAnswerIsBrokenNotFailed(@TempDir Path dir) throws Exception {
        FaultRun run = FaultRun.of(dir, "TruncatedScenario", "faithful", 23);

        var faulted = run.result("pushDuringTheFault", "faulty-7970");
        assertEquals(Outcome.BROKEN, faulted.outcome(), run.output());
        assertTrue(faulted.millis() < RESPONSE_TIMEOUT_MILLIS + MARGIN_MILLIS, faulted.millis() + " ms");
        assertEquals(Outcome.PASSED, run.outcome("pushAfterTheFault", "faulty-7970"), run.output());
    }

    @Test
    void serverErrorIsBrokenQuotingTheStatus(@TempDir Path dir) throws Exception {
        FaultRun run = FaultRun.of(dir, "ServerErrorScenario", "faithful", 24);

        var faulted = run.result("pushDuringTheFault", "faulty-7970");
        assertEquals(Outcome.BROKEN, faulted.outcome(), run.output());
        assertTrue(faulted.message().contains("500"), faulted.message());
        assertEquals(Outcome.PASSED, run.outcome("pushAfterTheFault", "faulty-7970"), run.output());
    }

    @Test
    void rebootInTheMiddleOfATestIsBrokenAndTheNextTestRuns(@TempDir Path dir) throws Exception {
        FaultRun run = FaultRun.of(dir, "RebootScenario", "faithful", 25);

        var faulted = run.result("pushDuringTheFault", "faulty-7970");
        assertEquals(Outcome.BROKEN, faulted.outcome(), run.output());
        assertTrue(faulted.millis() < RESPONSE_TIMEOUT_MILLIS + MARGIN_MILLIS, faulted.millis() + " ms");
        assertEquals(Outcome.PASSED, run.outcome("pushAfterTheFault", "faulty-7970"), run.output());
        assertEquals(Outcome.PASSED, run.outcome("pushAfterTheFault", "well-7960"), run.output());
    }

    @Test
    void garbageScreenshotFromAnAnsweringPhoneIsAProductFailure(@TempDir Path dir) throws Exception {
        FaultRun run = FaultRun.of(dir, "GarbageScreenshotScenario", "faithful", 26);

        // The phone answered 200 with an image type: judged against its reference model, which renders a real one.
        var faulted = run.result("screenshotDuringTheFault", "faulty-7970");
        assertEquals(Outcome.FAILED, faulted.outcome(), run.output());
        assertTrue(faulted.message().contains("no image reader decodes"), faulted.message());
        assertEquals(Outcome.PASSED, run.outcome("screenshotAfterTheFault", "faulty-7970"), run.output());
        assertEquals(Outcome.PASSED, run.outcome("screenshotDuringTheFault", "well-7960"), run.output());
    }

    @Test
    void faultBeforeATestGetsTheSameOneRecoveryAsOneInside(@TempDir Path dir) throws Exception {
        FaultRun run = FaultRun.of(dir, "BeforeTestScenario", "faithful", 30);

        assertEquals(Outcome.PASSED, run.outcome("leavesThePhoneFaulty", "faulty-7970"), run.output());
        assertEquals(Outcome.BROKEN, run.outcome("preparedDuringTheFault", "faulty-7970"), run.output());
        assertTrue(run.summary().recoveries().recoveries().stream()
                .anyMatch(r -> r.phone().equals("faulty-7970") && r.back()), run.summary().recoveries().recoveries()
                + "\n" + run.output());
        // before the fix, every later test of the phone went BROKEN at once: it was never recovered
        assertEquals(Outcome.PASSED, run.outcome("preparedAfterTheRecovery", "faulty-7970"), run.output());
        assertEquals(Outcome.PASSED, run.outcome("preparedDuringTheFault", "well-7960"), run.output());
    }
}
