package io.phonebench.emulator.virtual;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Every request a phone received, in order, for tests to take with a deadline. */
final class RequestLog {
    private final List<ReceivedRequest> all = new ArrayList<>();
    private int taken;
    private long nextSequence;

    synchronized long nextSequence() {
        return nextSequence++;
    }

    /** How many requests arrived so far, taken or not: drives the phone's traffic counters. */
    synchronized long count() {
        return nextSequence;
    }

    synchronized void add(ReceivedRequest request) {
        all.add(request);
        notifyAll();
    }

    synchronized List<ReceivedRequest> all() {
        return List.copyOf(all);
    }

    /** The next request not yet taken, waiting up to {@code timeout}; fails listing what did arrive. */
    synchronized ReceivedRequest take(Duration timeout, String phone) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (taken >= all.size()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(phone + ": expected a request within " + timeout + ", none arrived; "
                        + "received so far: " + (all.isEmpty() ? "nothing" : all));
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(phone + ": interrupted while waiting for a request", e);
            }
        }
        return all.get(taken++);
    }

    synchronized void clear() {
        all.clear();
        taken = 0;
    }
}
