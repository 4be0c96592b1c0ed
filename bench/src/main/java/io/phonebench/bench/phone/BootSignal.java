package io.phonebench.bench.phone;

import java.time.Duration;

/**
 * Says when a phone has come up, where the bench owns that event: a virtual phone tells when its boot finished, so
 * nobody waits a poll step for it. A real phone has no signal; the HTTP poll on DeviceInformationX finds it up. Either
 * way HTTP has the last word: a phone is up when it serves that page.
 */
@FunctionalInterface
public interface BootSignal {
    /** No signal: the HTTP poll alone decides. */
    BootSignal NONE = timeout -> { };

    /**
     * Returns once the phone has finished booting; throws {@link io.phonebench.drivers.BenchInfrastructureException}
     * quoting what it saw when it has not within {@code timeout}.
     */
    void awaitUp(Duration timeout);
}
