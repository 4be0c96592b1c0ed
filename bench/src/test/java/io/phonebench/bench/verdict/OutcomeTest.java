package io.phonebench.bench.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.phone.PhoneAnswerException;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class OutcomeTest {

    @Test
    void aPhoneThatAnsweredWronglyFailsLikeAnAssertion() {
        assertEquals(Outcome.FAILED, Outcome.of(new AssertionError("screen differs")));
        assertEquals(Outcome.FAILED, Outcome.of(new PhoneAnswerException("unparseable body", new RuntimeException())));
    }

    @Test
    void infrastructureFaultsAndBenchBugsAreBrokenNeverFailed() {
        assertEquals(Outcome.BROKEN, Outcome.of(new BenchInfrastructureException("relay board silent")));
        assertEquals(Outcome.BROKEN, Outcome.of(new NullPointerException()));
        assertEquals(Outcome.BROKEN, Outcome.of(new IllegalStateException("bench bug")));
    }

    @Test
    void anAbortedTestIsSkipped() {
        assertEquals(Outcome.SKIPPED, Outcome.of(new TestAbortedException("no console on this phone")));
    }

    @Test
    void theWorstOutcomeWins() {
        assertEquals(Outcome.BROKEN, Outcome.FAILED.worst(Outcome.BROKEN));
        assertEquals(Outcome.FAILED, Outcome.FAILED.worst(Outcome.SKIPPED));
        assertEquals(Outcome.SKIPPED, Outcome.PASSED.worst(Outcome.SKIPPED));
        assertEquals(Outcome.PASSED, Outcome.PASSED.worst(Outcome.PASSED));
    }

    @Test
    void aVerdictFromAnAbortedCheckIsBroken() {
        assertEquals(Outcome.BROKEN, Verdict.of(new TestAbortedException("aborted")).outcome());
        assertEquals(Outcome.FAILED, Verdict.of(new PhoneAnswerException("bad XML", new RuntimeException())).outcome());
    }
}
