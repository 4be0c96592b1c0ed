package io.phonebench.bench.expect;

import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.service.RecordedRequest;
import io.phonebench.bench.wait.PhoneWait;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The requests a phone made since an instant, collected for a trace judge. Waiting stops neither at the first
 * request nor at the expected count: once the count is reached the window stays open until the phone has been quiet
 * for {@link #QUIET}, so a request the reference model would not make (a second fetch, a stray Refresh) is seen and
 * judged rather than missed. Everything is bounded by the caller's wait. Each request reaching the service host wakes
 * the wait at once. A virtual phone that is answering nothing and has no timed work due within the quiet time cannot
 * make another request in it (its fetches run inside a push's answer or a timer), so its window closes there.
 */
final class TraceWindow {
    /** Quiet time after the expected count; a phone's follow-up fetch comes within milliseconds of the first. */
    static final Duration QUIET = Duration.ofMillis(250);
    private static final Duration STEP = Duration.ofMillis(20);

    private TraceWindow() {
    }

    static List<RecordedRequest> collect(Phone phone, Instant since, int count, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        PhoneWait.Changes arrivals = phone.services().arrivals();
        List<RecordedRequest> seen = PhoneWait.until(count + " request(s) from " + phone.name(),
                        () -> made(phone, since), r -> r.size() >= count)
                .withTimeout(wait).pollingEvery(STEP).wakingOn(arrivals).awaitResult().last();
        long quietUntil = Math.min(deadline, System.nanoTime() + QUIET.toNanos());
        for (long left = quietUntil - System.nanoTime(); left > 0; left = quietUntil - System.nanoTime()) {
            long version = arrivals.version();
            List<RecordedRequest> now = made(phone, since);
            if (now.size() > seen.size()) {
                seen = now;
                quietUntil = Math.min(deadline, System.nanoTime() + QUIET.toNanos());
                continue;
            }
            if (phone.settledFor(Duration.ofNanos(left))) {
                // nothing the phone is doing or has scheduled can reach the service host before the window ends;
                // one last look catches a request recorded between the two looks above
                return made(phone, since);
            }
            try {
                arrivals.awaitBeyond(version, Duration.ofNanos(Math.min(left, STEP.toNanos())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return seen;
            }
        }
        return seen;
    }

    private static List<RecordedRequest> made(Phone phone, Instant since) {
        return phone.requests().stream().filter(r -> !r.receivedAt().isBefore(since)).toList();
    }
}
