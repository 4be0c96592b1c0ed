package io.phonebench.emulator.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SystemPhoneClockTest {
    private static final Duration SHORT_IDLE = Duration.ofMillis(50);

    @Test
    void runsScheduledTaskOnItsOwnThread() throws InterruptedException {
        try (SystemPhoneClock clock = new SystemPhoneClock()) {
            assertRuns(clock, Duration.ofMillis(10), "a task scheduled 10 ms ahead");
        }
    }

    @Test
    void anIdleClockHoldsNoThreadAndStartsOneForTheNextTask() throws InterruptedException {
        try (SystemPhoneClock clock = new SystemPhoneClock(Clock.systemUTC(), "phone-clock-test", SHORT_IDLE)) {
            assertRuns(clock, Duration.ZERO, "the first task");
            assertTrue(idleWithin(clock, Duration.ofSeconds(5)), "the clock kept its thread with nothing to do");
            assertRuns(clock, Duration.ofMillis(10), "a task scheduled after the thread ended");
        }
    }

    @Test
    void aCancelledTaskDoesNotHoldTheThread() throws InterruptedException {
        try (SystemPhoneClock clock = new SystemPhoneClock(Clock.systemUTC(), "phone-clock-test", SHORT_IDLE)) {
            assertRuns(clock, Duration.ZERO, "a task");
            // a cookie's 30-minute idle timer, cancelled by the next request
            clock.schedule(Duration.ofMinutes(30), () -> { }).cancel();
            assertTrue(idleWithin(clock, Duration.ofSeconds(5)), "a cancelled task kept the clock's thread");
        }
    }

    @Test
    void tasksRunOneAtATimeInTheirOrder() throws InterruptedException {
        try (SystemPhoneClock clock = new SystemPhoneClock(Clock.systemUTC(), "phone-clock-test", SHORT_IDLE)) {
            List<Integer> order = new CopyOnWriteArrayList<>();
            CountDownLatch done = new CountDownLatch(3);
            for (int i = 3; i >= 1; i--) {
                int n = i;
                clock.schedule(Duration.ofMillis(20L * n), () -> {
                    order.add(n);
                    done.countDown();
                });
            }
            assertTrue(done.await(2, TimeUnit.SECONDS), "three tasks did not run within 2 s");
            assertEquals(List.of(1, 2, 3), order);
        }
    }

    private static void assertRuns(SystemPhoneClock clock, Duration delay, String what) throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        clock.schedule(delay, ran::countDown);
        assertTrue(ran.await(2, TimeUnit.SECONDS), what + " did not run within 2 s");
    }

    /** Polls the thread count in 10 ms steps; the bound is for a stuck pool, not a speed target. */
    private static boolean idleWithin(SystemPhoneClock clock, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (clock.threads() > 0) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(10);
        }
        return true;
    }
}
