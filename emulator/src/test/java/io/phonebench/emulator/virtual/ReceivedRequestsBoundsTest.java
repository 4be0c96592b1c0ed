package io.phonebench.emulator.virtual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.emulator.catalog.PhoneCatalog;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A flood of large posts must not pile up in a virtual phone's request log: 2,000 posts of 200 KB once took 540 MB
 * of heap. The log is a ring with a byte budget, and keeps no body of a request the phone did not accept.
 */
class ReceivedRequestsBoundsTest {
    private static final int POST_BYTES = 200 * 1024;

    private VirtualPhone phone;
    private BenchSideClient bench;

    @BeforeEach
    void power() {
        phone = VirtualPhone.builder(PhoneCatalog.standard().model("CP-7970G")).address("127.0.16.1")
                .credentials("bench", "s3cret").bootTime(Duration.ZERO).build();
        phone.start();
        phone.awaitReady(Duration.ofSeconds(30));
        bench = new BenchSideClient(phone);
    }

    @AfterEach
    void powerDown() throws Exception {
        bench.close();
        phone.close();
    }

    @Test
    void twoThousandLargePostsStayWithinTheBudget() throws Exception {
        String big = "x".repeat(POST_BYTES);
        for (int i = 0; i < 500; i++) {
            bench.postForm("/CGI/Execute", "XML", big, "bench", "wrong");   // unauthenticated
            bench.postForm("/upload", "XML", big, "bench", "s3cret");        // unrouted
        }
        for (int i = 0; i < 1000; i++) {
            bench.postForm("/CGI/Execute", "XML", big, "bench", "s3cret");
        }

        List<ReceivedRequest> kept = phone.requests();
        long retained = kept.stream().mapToLong(ReceivedRequests::size).sum();
        assertTrue(retained <= ReceivedRequests.DEFAULT_BYTE_BUDGET, retained + " bytes kept");
        assertTrue(kept.size() <= ReceivedRequests.DEFAULT_MAX_ENTRIES, kept.size() + " entries kept");
        ReceivedRequest newest = kept.get(kept.size() - 1);
        assertEquals(1999, newest.sequence(), "the newest request is kept, the oldest went first");
        assertTrue(newest.bodyLength() > POST_BYTES, "an accepted post keeps its body: " + newest);
    }

    @Test
    void keepsNoBodyOfRequestsThePhoneDidNotAccept() throws Exception {
        String form = "x".repeat(1000);
        bench.postForm("/CGI/Execute", "XML", form, "bench", "wrong");
        bench.postForm("/CGI/Execute", "XML", form, null, null);
        bench.postForm("/upload", "XML", form, "bench", "s3cret");
        bench.postForm("/CGI/Execute", "XML", form, "bench", "s3cret");

        List<ReceivedRequest> kept = phone.requests();
        assertEquals(List.of(0, 0, 0), kept.subList(0, 3).stream().map(ReceivedRequest::bodyLength).toList(),
                "unauthenticated and unrouted posts are recorded without their bodies: " + kept);
        assertTrue(kept.get(3).bodyText().startsWith("XML=xxx"), kept.get(3).toString());
    }

    @Test
    void dropsTheOldestFirstAndStillTakesInOrder() {
        ReceivedRequests log = new ReceivedRequests(10_000, 3);
        for (int i = 0; i < 5; i++) {
            log.add(request(log.nextSequence(), 10));
        }
        assertEquals(List.of(2L, 3L, 4L), log.all().stream().map(ReceivedRequest::sequence).toList());
        assertEquals(2, log.take(Duration.ofSeconds(5), "p").sequence());

        log.add(request(log.nextSequence(), 9_500));   // over the byte budget: the older ones make room
        assertEquals(List.of(5L), log.all().stream().map(ReceivedRequest::sequence).toList());
        assertEquals(5, log.take(Duration.ofSeconds(5), "p").sequence());
        assertTrue(log.retainedBytes() <= 10_000, log.retainedBytes() + " bytes");
    }

    private static ReceivedRequest request(long sequence, int bodyBytes) {
        return new ReceivedRequest(sequence, "p", "POST", "/CGI/Execute", java.util.Map.of(), new byte[bodyBytes],
                java.time.Instant.EPOCH);
    }
}
