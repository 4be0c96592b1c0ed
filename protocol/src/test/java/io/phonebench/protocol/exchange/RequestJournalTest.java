package io.phonebench.protocol.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RequestJournalTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void numbersRequestsFromOneAfterEveryClear() {
        RequestJournal journal = new RequestJournal("test");
        journal.add(get("/a"));
        assertEquals(2, journal.add(get("/b")).sequence());
        journal.clear();
        assertEquals(1, journal.add(get("/c")).sequence());
        assertEquals(3, journal.total(), "traffic counters count every arrival");
    }

    @Test
    void dropsTheOldestFirstAndSaysSo() {
        RequestJournal journal = new RequestJournal("service host", 10_000, 3);
        for (int i = 0; i < 5; i++) {
            journal.add(post(10));
        }
        assertEquals(List.of(3L, 4L, 5L), journal.all().stream().map(RecordedRequest::sequence).toList());
        assertEquals(3, journal.take(WAIT).sequence());

        journal.add(post(9_500));   // over the byte budget: the older ones make room
        assertEquals(List.of(6L), journal.all().stream().map(RecordedRequest::sequence).toList());
        assertEquals(6, journal.take(WAIT).sequence());
        assertTrue(journal.retainedBytes() <= 10_000, journal.retainedBytes() + " bytes");
        assertTrue(journal.droppedMarker().orElseThrow().startsWith("5 request(s) dropped from the service host log"),
                journal.droppedMarker().toString());
    }

    @Test
    void aFullJournalKeepsEveryRequestWholeWhileItTakesTheOldestOnesEntriesOver() {
        RequestJournal journal = new RequestJournal("phone", 1_000_000, 4);
        List<RecordedRequest> added = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // pushes and screenshots of changing sizes, as a phone's journal sees them, one entry taken over each
            added.add(journal.add(i % 2 == 0 ? post(100 + 37 * i) : get("/CGI/Screenshot?" + "x".repeat(i))));
            assertEquals(added.subList(Math.max(0, added.size() - 4), added.size()), journal.all(), "after " + i);
        }
        assertEquals(36, journal.dropped());
        assertEquals(added.subList(36, 40).stream().mapToLong(RecordedRequest::retainedBytes).sum(),
                journal.retainedBytes());
        assertEquals(37, journal.take(WAIT).sequence());
        journal.add(get("/next"));
        assertEquals(List.of(38L, 39L, 40L, 41L), journal.all().stream().map(RecordedRequest::sequence).toList());
        for (long next = 38; next <= 40; next++) {
            assertEquals(next, journal.take(WAIT).sequence());
        }
        // #41 went into the entry #37 left, which was taken: the newcomer is not
        assertEquals(41, journal.take(Duration.ZERO).sequence());
    }

    @Test
    void keepsNoBodyWhenTold() {
        RequestJournal journal = new RequestJournal("phone");
        RecordedRequest served = journal.add(post(100), false);
        assertEquals(100, served.bodyLength(), "the recorder still serves the whole request");
        assertEquals(0, journal.all().get(0).bodyLength());
    }

    @Test
    void awaitWakesOnTheAppendThatCompletesTheCount() throws Exception {
        RequestJournal journal = new RequestJournal("service host");
        journal.add(get("/other"));
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<List<RecordedRequest>> awaited = CompletableFuture.supplyAsync(() -> {
            waiting.countDown();
            return journal.await(r -> r.path().equals("/menu"), 2, Duration.ofMinutes(1));
        });
        waiting.await();
        journal.add(get("/menu"));
        journal.add(get("/menu"));
        assertEquals(List.of(2L, 3L), awaited.get(1, TimeUnit.MINUTES).stream().map(RecordedRequest::sequence)
                .toList());
    }

    @Test
    void awaitTimeoutQuotesWhatArrived() {
        RequestJournal journal = new RequestJournal("service host");
        journal.add(get("/menu"));
        journal.add(get("/other"));
        AssertionError e = assertThrows(AssertionError.class,
                () -> journal.await(r -> r.path().equals("/menu"), 2, Duration.ofMillis(1)));
        assertTrue(e.getMessage().contains("expected 2 matching request(s) at the service host"), e.getMessage());
        assertTrue(e.getMessage().contains("1 came: [#1 GET /menu from 127.0.1.1]"), e.getMessage());
        assertTrue(e.getMessage().contains("#2 GET /other"), e.getMessage());
    }

    @Test
    void takeLeavesOthersForLaterAndExpectNoneSeesTheUntaken() {
        RequestJournal journal = new RequestJournal("service host");
        journal.add(get("/a"));
        journal.add(get("/b"));
        assertEquals("/b", journal.take(r -> r.path().equals("/b"), "/b", WAIT).path());
        AssertionError e = assertThrows(AssertionError.class, () -> journal.expectNone(Duration.ZERO));
        assertTrue(e.getMessage().contains("saw #1 GET /a"), e.getMessage());
        assertEquals("/a", journal.take(WAIT).path());
        journal.expectNone(Duration.ZERO);
    }

    @Test
    void settleReturnsWhatCameAtTheDeadlineWithoutFailing() {
        RequestJournal journal = new RequestJournal("service host");
        journal.add(get("/a"));
        assertEquals(1, journal.settle(r -> true, 3, Duration.ZERO, Duration.ofMillis(1)).size());
    }

    @Test
    void settleSeesARequestThatArrivesInTheQuietWindowBeforeTheSenderSettles() {
        RequestJournal journal = new RequestJournal("service host");
        journal.add(get("/menu"));
        AtomicInteger asked = new AtomicInteger();
        // the sender makes one more request while the judge waits out the quiet window, then can send no more
        List<RecordedRequest> settled = journal.settle(r -> true, 1, Duration.ofMinutes(5), Duration.ofMinutes(10),
                window -> {
                    if (asked.incrementAndGet() == 1) {
                        journal.add(get("/stray"));
                        return false;
                    }
                    return true;
                });
        assertEquals(List.of("/menu", "/stray"), settled.stream().map(RecordedRequest::path).toList());
        assertEquals(2, asked.get(), "the window closes as soon as the sender can send no more");
    }

    @Test
    void recordShowsNoPasswordAndLooksHeadersUpByAnyCase() {
        RecordedRequest r = RecordedRequest.arrived("127.0.1.1", "GET", "/a?x=1",
                Map.of("Authorization", List.of("Basic c2VjcmV0"), "Cookie", List.of("a=1; b=2")), new byte[0],
                Instant.EPOCH);
        assertFalse(r.toString().contains("c2VjcmV0"), r.toString());
        assertEquals("a=1; b=2", r.header("cookie").orElseThrow());
        assertEquals("2", r.cookie("b").orElseThrow());
        assertEquals("x=1", r.query());
        assertEquals("/a", r.path());
    }

    private static RecordedRequest get(String path) {
        return RecordedRequest.arrived("127.0.1.1", "GET", path, Map.of(), new byte[0], Instant.EPOCH);
    }

    private static RecordedRequest post(int bodyBytes) {
        return RecordedRequest.arrived("p", "POST", "/CGI/Execute", Map.of(), new byte[bodyBytes], Instant.EPOCH);
    }
}
