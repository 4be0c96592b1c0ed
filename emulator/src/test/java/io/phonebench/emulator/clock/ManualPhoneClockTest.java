package io.phonebench.emulator.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManualPhoneClockTest {
    private final Instant start = Instant.parse("2024-05-01T12:00:00Z");
    private final ManualPhoneClock clock = new ManualPhoneClock(start);

    @Test
    void runsDueTasksInOrderOfDueTimeOnTheCallersThread() {
        List<String> ran = new ArrayList<>();
        Thread caller = Thread.currentThread();
        clock.schedule(Duration.ofSeconds(3), () -> ran.add("3s@" + clock.now().getEpochSecond() % 60));
        clock.schedule(Duration.ofSeconds(1), () -> ran.add("1s:" + (Thread.currentThread() == caller)));
        clock.schedule(Duration.ofSeconds(1), () -> ran.add("1s-second"));
        clock.schedule(Duration.ofSeconds(10), () -> ran.add("10s"));

        clock.advance(Duration.ofSeconds(5));

        assertEquals(List.of("1s:true", "1s-second", "3s@3"), ran);
        assertEquals(start.plusSeconds(5), clock.now());
        assertEquals(1, clock.pendingTasks());
    }

    @Test
    void cancelledTaskNeverRuns() {
        List<String> ran = new ArrayList<>();
        PhoneClock.Cancellable c = clock.schedule(Duration.ofSeconds(1), () -> ran.add("x"));
        c.cancel();
        clock.advance(Duration.ofMinutes(1));
        assertEquals(List.of(), ran);
    }

    @Test
    void taskScheduledByATaskRunsWithinTheSameAdvanceWhenDue() {
        List<Instant> ran = new ArrayList<>();
        clock.schedule(Duration.ofSeconds(2), () -> {
            ran.add(clock.now());
            clock.schedule(Duration.ofSeconds(2), () -> ran.add(clock.now()));
        });
        clock.advance(Duration.ofSeconds(4));
        assertEquals(List.of(start.plusSeconds(2), start.plusSeconds(4)), ran);
    }

    @Test
    void refusesToGoBack() {
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofSeconds(-1)));
    }
}
