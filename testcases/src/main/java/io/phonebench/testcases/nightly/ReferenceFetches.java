package io.phonebench.testcases.nightly;

import io.phonebench.bench.phone.Phone;
import java.time.Duration;
import java.time.Instant;

/**
 * Waiting for the reference model's timed fetches (Refresh), so a trace is judged only once the model has made
 * every request the test expects. The model is part of the bench: if it misses the deadline, the bench is broken.
 */
final class ReferenceFetches {
    private ReferenceFetches() {
    }

    static void await(Phone phone, Instant since, int count, Duration timeout) {
        phone.awaitReferenceRequests(f -> !f.receivedAt().isBefore(since), count, timeout);
    }
}
