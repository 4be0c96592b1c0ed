package io.phonebench.drivers.power;

import io.phonebench.drivers.BenchInfrastructureException;

import java.time.Duration;

/** Waits for a while; tests inject one that records the wait instead of spending it. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = duration -> {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchInfrastructureException("interrupted while waiting " + duration.toMillis() + " ms", e);
        }
    };

    void sleep(Duration duration);
}
