package io.phonebench.bench.expect;

import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.service.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * The requests a phone made since an instant, collected for a trace judge. Waiting stops neither at the first
 * request nor at the expected count: once the count is reached the window stays open until the phone has been quiet
 * for {@link #QUIET}, so a request the reference model would not make (a second fetch, a stray Refresh) is seen and
 * judged rather than missed. Everything is bounded by the caller's wait.
 */
final class TraceWindow {
    /** Quiet time after the expected count; a phone's follow-up fetch comes within milliseconds of the first. */
    static final Duration QUIET = Duration.ofMillis(250);
    private static final Duration POLL = Duration.ofMillis(20);

    private TraceWindow() {
    }

    static List<RecordedRequest> collect(Phone phone, Instant since, int count, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        List<RecordedRequest> seen = made(phone, since);
        while (seen.size() < count && System.nanoTime() < deadline) {
            LockSupport.parkNanos(POLL.toNanos());
            seen = made(phone, since);
        }
        long quietUntil = Math.min(deadline, System.nanoTime() + QUIET.toNanos());
        while (System.nanoTime() < quietUntil) {
            LockSupport.parkNanos(POLL.toNanos());
            List<RecordedRequest> now = made(phone, since);
            if (now.size() > seen.size()) {
                seen = now;
                quietUntil = Math.min(deadline, System.nanoTime() + QUIET.toNanos());
            }
        }
        return seen;
    }

    private static List<RecordedRequest> made(Phone phone, Instant since) {
        return phone.requests().stream().filter(r -> !r.receivedAt().isBefore(since)).toList();
    }
}
