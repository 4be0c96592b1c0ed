package io.phonebench.emulator.virtual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.protocol.exchange.RecordedRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A flood of large posts must not pile up in a virtual phone's request log: 2,000 posts of 200 KB once took 540 MB
 * of heap. The log is a ring with a byte budget, and keeps no body of a request the phone did not accept. The posts of
 * each kind (unauthenticated, unrouted, accepted) add up to five times the log's byte budget; RequestJournalTest
 * tests the ring itself.
 */
@Tag("reliability")
class VirtualPhoneRequestBoundsTest {
    private static final int POST_BYTES = 200 * 1024;
    private static final int POSTS_PER_KIND = (int) (5 * VirtualPhone.REQUEST_BYTES_KEPT / POST_BYTES);

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
    void floodOfLargePostsStaysWithinTheBudget() throws Exception {
        String big = "x".repeat(POST_BYTES);
        for (int i = 0; i < POSTS_PER_KIND; i++) {
            bench.postForm("/CGI/Execute", "XML", big, "bench", "wrong");   // unauthenticated
            bench.postForm("/upload", "XML", big, "bench", "s3cret");        // unrouted
        }
        for (int i = 0; i < POSTS_PER_KIND; i++) {
            bench.postForm("/CGI/Execute", "XML", big, "bench", "s3cret");
        }

        List<RecordedRequest> kept = phone.requests();
        long retained = kept.stream().mapToLong(RecordedRequest::retainedBytes).sum();
        assertTrue(retained <= VirtualPhone.REQUEST_BYTES_KEPT, retained + " bytes kept");
        assertTrue(kept.size() <= VirtualPhone.REQUESTS_KEPT, kept.size() + " entries kept");
        RecordedRequest newest = kept.get(kept.size() - 1);
        assertEquals(3 * POSTS_PER_KIND, newest.sequence(), "the newest request is kept, the oldest went first");
        assertTrue(newest.bodyLength() > POST_BYTES, "an accepted post keeps its body: " + newest);
    }

    @Test
    void keepsNoBodyOfRequestsThePhoneDidNotAccept() throws Exception {
        String form = "x".repeat(1000);
        bench.postForm("/CGI/Execute", "XML", form, "bench", "wrong");
        bench.postForm("/CGI/Execute", "XML", form, null, null);
        bench.postForm("/upload", "XML", form, "bench", "s3cret");
        bench.postForm("/CGI/Execute", "XML", form, "bench", "s3cret");

        List<RecordedRequest> kept = phone.requests();
        assertEquals(List.of(0, 0, 0), kept.subList(0, 3).stream().map(RecordedRequest::bodyLength).toList(),
                "unauthenticated and unrouted posts are recorded without their bodies: " + kept);
        assertTrue(kept.get(3).bodyText().startsWith("XML=xxx"), kept.get(3).toString());
    }
}
