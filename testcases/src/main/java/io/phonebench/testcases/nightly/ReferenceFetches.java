package io.phonebench.testcases.nightly;

import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.wait.PhoneWait;
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
        PhoneWait.until(count + " request(s) from the reference model of " + phone.name(),
                        () -> phone.expected().requests().stream().filter(f -> !f.at().isBefore(since)).count(),
                        made -> made >= count)
                .withTimeout(timeout).describedAs(made -> made + " request(s)").await();
    }
}
