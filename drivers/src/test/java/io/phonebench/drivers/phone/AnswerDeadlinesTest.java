package io.phonebench.drivers.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Deadlines fire once each, on the watchdog thread, unless disarmed first; a resting watchdog wakes for a new one. */
class AnswerDeadlinesTest {
    private final AnswerDeadlines deadlines = new AnswerDeadlines("test-deadlines");

    @Test
    void anArmedDeadlineFiresOnceAndCannotBeDisarmedAfter() throws InterruptedException {
        CountDownLatch fired = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();

        AnswerDeadlines.Armed armed = deadlines.arm(Duration.ofMillis(1), () -> {
            runs.incrementAndGet();
            fired.countDown();
        }, () -> false);

        assertTrue(fired.await(30, TimeUnit.SECONDS), "the deadline fired");
        assertFalse(deadlines.disarm(armed), "a fired deadline is no longer armed");
        assertEquals(1, runs.get());
    }

    @Test
    void aDisarmedDeadlineIsGoneAndOthersStillFire() throws InterruptedException {
        AtomicInteger early = new AtomicInteger();
        AnswerDeadlines.Armed disarmed = deadlines.arm(Duration.ofMillis(1), early::incrementAndGet, () -> false);
        boolean wasArmed = deadlines.disarm(disarmed);
        CountDownLatch later = new CountDownLatch(1);

        deadlines.arm(Duration.ofMillis(1), later::countDown, () -> false);

        assertTrue(later.await(30, TimeUnit.SECONDS), "the other deadline fired");
        assertEquals(wasArmed ? 0 : 1, early.get(), "disarmed in time means never run");
    }

    @Test
    void aHungPhonesDeadlineFiresWithoutWaitingItOutAndOnlyOnceItHung() throws InterruptedException {
        AtomicBoolean hung = new AtomicBoolean();
        CountDownLatch fired = new CountDownLatch(1);
        long start = System.nanoTime();

        deadlines.arm(Duration.ofMinutes(10), fired::countDown, hung::get);

        assertFalse(fired.await(200, TimeUnit.MILLISECONDS), "fired while the phone could still answer");
        hung.set(true);
        assertTrue(fired.await(30, TimeUnit.SECONDS), "the hung phone's deadline fired");
        assertTrue(System.nanoTime() - start < TimeUnit.MINUTES.toNanos(1), "its 10 minutes were not waited out");
    }
}
