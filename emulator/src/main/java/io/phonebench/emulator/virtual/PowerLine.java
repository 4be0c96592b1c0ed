package io.phonebench.emulator.virtual;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The power of one boot of a phone: everything that waits inside the phone (stalls, hangs, slow bodies) waits on it,
 * so cutting power releases every waiting request at once and stop() never blocks on them.
 */
final class PowerLine {
    /** Longest any request may hang inside a phone, even one told to hang "forever". */
    static final Duration LONGEST_HANG = Duration.ofMinutes(10);

    private final CountDownLatch down = new CountDownLatch(1);
    private volatile boolean hung;

    void cut() {
        down.countDown();
    }

    boolean isDown() {
        return down.getCount() == 0;
    }

    /** Waits {@code time} unless power goes first; returns true when power went. */
    boolean sleepUnlessDown(Duration time) {
        if (time.isZero() || time.isNegative()) {
            return isDown();
        }
        try {
            return down.await(Math.min(time.toNanos(), LONGEST_HANG.toNanos()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** A hung firmware: waits until power goes (bounded by {@link #LONGEST_HANG}). */
    void hang() {
        hung = true;
        sleepUnlessDown(LONGEST_HANG);
    }

    /** Whether the firmware of this boot hung: it answers nothing more until power goes. */
    boolean hung() {
        return hung && !isDown();
    }
}
