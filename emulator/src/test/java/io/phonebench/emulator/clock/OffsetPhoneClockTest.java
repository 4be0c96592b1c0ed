package io.phonebench.emulator.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OffsetPhoneClockTest {
    private final ManualPhoneClock base = new ManualPhoneClock(Instant.parse("2024-01-01T00:00:00Z"));
    private final OffsetPhoneClock clock = new OffsetPhoneClock(base);

    @Test
    void readsItsBaseUntilAdvanced() {
        base.advance(Duration.ofSeconds(5));
        assertEquals(Instant.parse("2024-01-01T00:00:05Z"), clock.now());
        clock.advance(Duration.ofMinutes(30));
        assertEquals(Instant.parse("2024-01-01T00:30:05Z"), clock.now());
        assertEquals(Duration.ofMinutes(30), clock.offset());
    }

    @Test
    void runsTasksThatFallDueInOrderOnAdvance() {
        List<String> ran = new ArrayList<>();
        clock.schedule(Duration.ofMinutes(20), () -> ran.add("20 min"));
        clock.schedule(Duration.ofMinutes(10), () -> ran.add("10 min"));
        clock.schedule(Duration.ofMinutes(40), () -> ran.add("40 min"));
        clock.advance(Duration.ofMinutes(30));
        assertEquals(List.of("10 min", "20 min"), ran);
    }

    @Test
    void laterTasksWaitOnlyWhatIsLeftAndRunOnce() {
        List<String> ran = new ArrayList<>();
        clock.schedule(Duration.ofMinutes(40), () -> ran.add("40 min"));
        clock.advance(Duration.ofMinutes(30));
        base.advance(Duration.ofMinutes(9));
        assertEquals(List.of(), ran);
        base.advance(Duration.ofMinutes(1));
        assertEquals(List.of("40 min"), ran);
        base.advance(Duration.ofMinutes(60));
        assertEquals(List.of("40 min"), ran, "a task moved earlier must not run again at its old time");
    }

    @Test
    void cancelledTaskNeverRuns() {
        List<String> ran = new ArrayList<>();
        clock.schedule(Duration.ofMinutes(1), () -> ran.add("cancelled")).cancel();
        clock.advance(Duration.ofMinutes(2));
        base.advance(Duration.ofMinutes(2));
        assertEquals(List.of(), ran);
        assertEquals(0, base.pendingTasks());
    }

    @Test
    void refusesToGoBack() {
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofSeconds(-1)));
    }

    @Test
    void turnedBackClockCatchesUpWithItsBase() {
        List<String> ran = new ArrayList<>();
        clock.schedule(Duration.ofMinutes(1), () -> ran.add("1 min"));
        clock.turnBack(Duration.ofMinutes(30));
        assertEquals(Instant.parse("2023-12-31T23:30:00Z"), clock.now());
        base.advance(Duration.ofMinutes(1));
        assertEquals(List.of(), ran, "a task waits the turned-back time too");
        clock.advance(Duration.ofMinutes(30));
        assertEquals(List.of("1 min"), ran);
        assertEquals(Duration.ZERO, clock.offset());
        assertEquals(base.now(), clock.now());
    }

    @Test
    void isQuietOnlyWhenNoTaskFallsDueWithinTheWindowNorRuns() {
        assertTrue(clock.quietFor(Duration.ofSeconds(1)), "nothing scheduled");
        clock.schedule(Duration.ofMillis(800), () -> { });
        assertFalse(clock.quietFor(Duration.ofSeconds(1)), "a task due within the window");
        assertTrue(clock.quietFor(Duration.ofMillis(500)), "the task falls due after the window");
        List<Boolean> quietWhileRunning = new ArrayList<>();
        clock.schedule(Duration.ofSeconds(2), () -> quietWhileRunning.add(clock.quietFor(Duration.ofMillis(1))));
        clock.advance(Duration.ofSeconds(2));
        assertEquals(List.of(false), quietWhileRunning, "a running task may still make a request");
        assertTrue(clock.quietFor(Duration.ofSeconds(1)), "every task ran");
    }

    @Test
    void aTaskRunOnAdvanceReadsItsDueTime() {
        List<Instant> seen = new ArrayList<>();
        Instant start = clock.now();
        clock.schedule(Duration.ofSeconds(1), () -> seen.add(clock.now()));
        clock.schedule(Duration.ofSeconds(3), () -> seen.add(clock.now()));
        clock.advance(Duration.ofSeconds(10));
        assertEquals(List.of(start.plusSeconds(1), start.plusSeconds(3)), seen);
        assertEquals(start.plusSeconds(10), clock.now());
    }
}
