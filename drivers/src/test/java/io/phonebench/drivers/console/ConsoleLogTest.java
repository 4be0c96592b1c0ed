package io.phonebench.drivers.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The console's memory: a ring of lines, except that lines an expect has not read yet survive a flood (bounded). */
class ConsoleLogTest {

    @Test
    void aWaitingExpectWakesOnTheLineThatArrivesNotAtItsDeadline() throws Exception {
        ConsoleLog log = new ConsoleLog(10, Optional.empty());
        long seen = log.version();
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<Void> woken = CompletableFuture.runAsync(() -> {
            waiting.countDown();
            try {
                log.awaitChange(seen, System.nanoTime() + Duration.ofHours(1).toNanos());
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        waiting.await();
        log.append("phone ready: CP-7970G\n");
        woken.get(10, TimeUnit.MINUTES);   // far below the wait's own hour: the line woke it
        assertEquals(List.of("phone ready: CP-7970G"), log.tail(1));
    }

    @Test
    void keepsOnlyTheLastLinesWhenNobodyIsReading() {
        ConsoleLog log = new ConsoleLog(10, Optional.empty());
        for (int i = 0; i < 100; i++) {
            log.append("line " + i + "\n");
        }
        List<String> tail = log.tail(1000);
        assertEquals(10, tail.size());
        assertEquals("line 90", tail.get(0));
    }

    @Test
    void keepsUnreadLinesOfAnExpectInProgressThroughAFlood() {
        ConsoleLog log = new ConsoleLog(10, Optional.empty());
        long from = log.endSeq();
        log.pin(from);
        for (int i = 0; i < 100; i++) {
            log.append("line " + i + "\n");
        }
        List<ConsoleLog.Line> unread = log.since(from);
        assertEquals("line 0", unread.get(0).text(), "the first unread line survived the flood");
        assertEquals(101, unread.size(), "100 finished lines and the unfinished one");

        log.unpin();
        assertEquals(10, log.tail(1000).size(), "once read, the ring is back to its size");
    }

    @Test
    void unreadBacklogStaysBoundedByItsCap() {
        ConsoleLog log = new ConsoleLog(10, Optional.empty());
        log.pin(log.endSeq());
        String line = "x".repeat(ConsoleLog.MAX_LINE_CHARS - 1) + "\n";
        long lines = ConsoleLog.MAX_BACKLOG_CHARS / (ConsoleLog.MAX_LINE_CHARS - 1) + 50;
        for (long i = 0; i < lines; i++) {
            log.append(line);
        }
        long kept = log.tail(Integer.MAX_VALUE).stream().mapToLong(String::length).sum();
        assertTrue(kept <= ConsoleLog.MAX_BACKLOG_CHARS + ConsoleLog.MAX_LINE_CHARS, "kept " + kept + " chars");
    }
}
