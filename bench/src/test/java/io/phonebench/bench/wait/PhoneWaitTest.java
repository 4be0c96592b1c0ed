package io.phonebench.bench.wait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.drivers.BenchInfrastructureException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PhoneWaitTest {

    @Test
    void returnsTheObservationTheConditionAccepted() {
        AtomicInteger requests = new AtomicInteger();
        int seen = PhoneWait.until("3 requests", requests::incrementAndGet, n -> n >= 3)
                .withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(1)).await();
        assertEquals(3, seen);
    }

    @Test
    void timeoutQuotesTheLastObservationAndTheHint() {
        BenchInfrastructureException e = assertThrows(BenchInfrastructureException.class,
                () -> PhoneWait.until("2 requests from desk-1", () -> 1, n -> n >= 2)
                        .withTimeout(Duration.ZERO).describedAs(n -> n + " request(s)")
                        .hint("Is the service host reachable?").await());
        assertTrue(e.getMessage().startsWith("expected 2 requests from desk-1 within 0 s, 1 look(s); last seen:"
                + " 1 request(s), "), e.getMessage());
        assertTrue(e.getMessage().endsWith(" ago Is the service host reachable?"), e.getMessage());
    }

    @Test
    void resultKeepsTheLastObservationWhenTheConditionNeverHeld() {
        PhoneWait.Result<String> result = PhoneWait.until("a trace", () -> "GET /a", s -> false)
                .withTimeout(Duration.ZERO).awaitResult();
        assertFalse(result.satisfied());
        assertEquals("GET /a", result.last());
        assertTrue(result.satisfiedWith().isEmpty());
    }

    @Test
    void neverPausesLongerThanItsMaximumStepBetweenTwoLooks() {
        PhoneWait<Integer> wait = PhoneWait.until("3 requests", () -> 0, n -> n >= 3);

        assertEquals(PhoneWait.MAX_STEP, wait.pollingEvery(Duration.ofSeconds(1)).pollStep());
        assertEquals(Duration.ofMillis(5), wait.pollingEvery(Duration.ofMillis(5)).pollStep());
        assertTrue(wait.pollStep().compareTo(PhoneWait.MAX_STEP) <= 0, "default step " + wait.pollStep());
    }

    @Test
    void refusesANegativeTimeoutAndAnEmptyStep() {
        PhoneWait<Integer> wait = PhoneWait.until("x", () -> 0, n -> true);
        assertThrows(IllegalArgumentException.class, () -> wait.withTimeout(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> wait.pollingEvery(Duration.ZERO));
    }
}
