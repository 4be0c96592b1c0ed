package io.phonebench.emulator.clock;

import java.time.Duration;
import java.time.Instant;

/**
 * The time source of a reference phone: Refresh timers, cookie idle expiry, Expires freshness and Execute-when-idle
 * all read it, so tests can drive time with {@link ManualPhoneClock} instead of sleeping.
 */
public interface PhoneClock {

    Instant now();

    /**
     * Runs {@code task} once after {@code delay}. A zero or negative delay means "as soon as possible" (on the
     * manual clock: at the next {@link ManualPhoneClock#advance}).
     */
    Cancellable schedule(Duration delay, Runnable task);

    /**
     * True when no task of this clock is running and none falls due within {@code window}: the phone does nothing
     * on its own in that time. False when the clock cannot tell.
     */
    default boolean quietFor(Duration window) {
        return false;
    }

    /** A scheduled task that may still be called off. */
    @FunctionalInterface
    interface Cancellable {
        /** Stops the task if it has not run yet; harmless if it already ran or was cancelled. */
        void cancel();
    }
}
