package io.phonebench.bench.phone;

import java.time.Duration;

/**
 * Says when a phone has come up, where the bench owns that event: a virtual phone tells when its boot finished, so
 * nobody waits a poll step for it, and when it cannot change by itself, so the poll after it spends no wall time on a
 * phone that will answer the same. A real phone has no signal; the HTTP poll on DeviceInformationX finds it up in
 * real time. Either way HTTP has the last word: a phone is up when it serves that page.
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

    /**
     * True when the phone cannot change by itself within {@code span}: a virtual phone on a driven clock answering
     * nothing, with nothing due on its clock. The HTTP poll's pause between two attempts then passes without wall
     * time, as the phone's boot and off time do. Never for a real phone.
     */
    default boolean settledFor(Duration span) {
        return false;
    }
}
