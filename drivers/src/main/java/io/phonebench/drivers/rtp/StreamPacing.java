package io.phonebench.drivers.rtp;

import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The time a bench sender paces a stream by and stamps its wire tap with. {@link #REAL_TIME} is the wall clock: each
 * packet leaves at its due time, as a phone on a wire needs. A virtual phone on a driven clock can take a paced
 * stream instead: the clock is moved to each packet's due time and the packet handed over before the next, so its
 * arrival times are the ones real time would give, and a 1.5 s tone costs no 1.5 s of wall time.
 */
public interface StreamPacing {
    /** The wall clock, in {@link System#nanoTime()}. */
    StreamPacing REAL_TIME = new StreamPacing() {
        private static final long MAX_PARK_NANOS = 20_000_000L;

        @Override
        public long nanos() {
            return System.nanoTime();
        }

        @Override
        public void awaitDue(long dueNanos, BooleanSupplier running) {
            for (long left = dueNanos - System.nanoTime(); left > 0 && running.getAsBoolean();
                    left = dueNanos - System.nanoTime()) {
                LockSupport.parkNanos(Math.min(left, MAX_PARK_NANOS));
            }
        }
    };

    /** Now, in nanoseconds of this pacing's clock. */
    long nanos();

    /** Returns once {@link #nanos()} has reached {@code dueNanos}, or {@code running} turned false. */
    void awaitDue(long dueNanos, BooleanSupplier running);

    /**
     * Called after each datagram left, with how many have left so far; a paced stream returns once the phone has
     * taken them all in, so none is stamped after the clock has moved on. Nothing to wait for in real time.
     */
    default void handedOver(long datagrams) {
    }

    /** The stream has ended (sent in full, stopped, or failed). */
    default void finished() {
    }

    /**
     * True when packets leave on the wall clock, so the host's scheduling delays enter the arrival times a receiver
     * measures; false for a stream paced on a driven clock, whose arrival times are its due times.
     */
    default boolean realTime() {
        return true;
    }
}
