package io.phonebench.emulator.virtual;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The requests a phone received, in order, for tests to take with a deadline: a ring with a byte budget, so a flood
 * of large posts cannot exhaust the heap of a JVM hosting many phones. When either bound is reached the oldest
 * entries go first, taken or not.
 */
final class ReceivedRequests {
    /** Far above what one test keeps (a push is at most a few KiB), far below what a flood would pile up. */
    static final long DEFAULT_BYTE_BUDGET = 4L * 1024 * 1024;
    static final int DEFAULT_MAX_ENTRIES = 1000;

    private final long byteBudget;
    private final int maxEntries;
    private final ArrayDeque<ReceivedRequest> kept = new ArrayDeque<>();
    private int taken;              // how many of the kept entries, from the oldest, were taken already
    private long keptBytes;
    private long dropped;
    private long nextSequence;

    ReceivedRequests() {
        this(DEFAULT_BYTE_BUDGET, DEFAULT_MAX_ENTRIES);
    }

    ReceivedRequests(long byteBudget, int maxEntries) {
        if (byteBudget <= 0 || maxEntries <= 0) {
            throw new IllegalArgumentException("request log bounds must be positive, saw " + byteBudget + " bytes, "
                    + maxEntries + " entries");
        }
        this.byteBudget = byteBudget;
        this.maxEntries = maxEntries;
    }

    synchronized long nextSequence() {
        return nextSequence++;
    }

    /** How many requests arrived so far, taken, kept or not: drives the phone's traffic counters. */
    synchronized long count() {
        return nextSequence;
    }

    synchronized void add(ReceivedRequest request) {
        kept.addLast(request);
        keptBytes += size(request);
        while (kept.size() > maxEntries || (keptBytes > byteBudget && kept.size() > 1)) {
            keptBytes -= size(kept.removeFirst());
            dropped++;
            taken = Math.max(0, taken - 1);
        }
        notifyAll();
    }

    synchronized List<ReceivedRequest> all() {
        return List.copyOf(kept);
    }

    /** What the kept entries weigh: bodies, targets and headers. */
    synchronized long retainedBytes() {
        return keptBytes;
    }

    /** How many entries were dropped to stay within the bounds since the last clear. */
    synchronized long dropped() {
        return dropped;
    }

    /** The next request not yet taken, waiting up to {@code timeout}; fails listing what did arrive. */
    synchronized ReceivedRequest take(Duration timeout, String phone) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (taken >= kept.size()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(phone + ": expected a request within " + timeout + ", none arrived; "
                        + "received so far: " + (kept.isEmpty() ? "nothing" : List.copyOf(kept))
                        + (dropped > 0 ? " (and " + dropped + " older ones dropped from the log)" : ""));
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(phone + ": interrupted while waiting for a request", e);
            }
        }
        return kept.stream().skip(taken++).findFirst().orElseThrow();
    }

    synchronized void clear() {
        kept.clear();
        taken = 0;
        keptBytes = 0;
        dropped = 0;
    }

    /** An estimate that counts what a flood controls: the body, the target and every header. */
    static long size(ReceivedRequest request) {
        long bytes = 256L + request.bodyLength() + request.target().length();
        for (var header : request.headers().entrySet()) {
            bytes += header.getKey().length();
            for (String value : header.getValue()) {
                bytes += value.length() + 16;
            }
        }
        return bytes;
    }
}
