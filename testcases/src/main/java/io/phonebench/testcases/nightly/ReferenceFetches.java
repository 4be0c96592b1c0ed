package io.phonebench.testcases.nightly;

import io.phonebench.bench.phone.Phone;
import io.phonebench.drivers.BenchInfrastructureException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

/**
 * Waiting for the reference model's timed fetches (Refresh), so a trace is judged only once the model has made
 * every request the test expects. The model is part of the bench: if it misses the deadline, the bench is broken.
 */
final class ReferenceFetches {
    private ReferenceFetches() {
    }

    static void await(Phone phone, Instant since, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long seen;
        while ((seen = made(phone, since)) < count) {
            if (System.nanoTime() > deadline) {
                throw new BenchInfrastructureException("reference model of " + phone.name() + " made " + seen
                        + " request(s) within " + timeout.toMillis() + " ms, expected " + count);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    private static long made(Phone phone, Instant since) {
        return phone.expected().requests().stream().filter(f -> !f.at().isBefore(since)).count();
    }
}
