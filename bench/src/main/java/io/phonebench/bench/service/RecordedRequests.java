package io.phonebench.bench.service;

import io.phonebench.drivers.BenchInfrastructureException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every request since the last reset, and the ones no test has taken yet. Server threads add; the test thread
 * takes, always with a deadline.
 */
final class RecordedRequests {
    private static final int LISTED_IN_MESSAGES = 20;

    private final Object lock = new Object();
    private final List<RecordedRequest> all = new ArrayList<>();
    private final LinkedList<RecordedRequest> untaken = new LinkedList<>();

    void add(RecordedRequest request) {
        synchronized (lock) {
            all.add(request);
            untaken.add(request);
            lock.notifyAll();
        }
    }

    /** The first untaken request matching {@code wanted}, waiting up to {@code timeout} for it. */
    RecordedRequest take(Predicate<RecordedRequest> wanted, String what, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                Iterator<RecordedRequest> it = untaken.iterator();
                while (it.hasNext()) {
                    RecordedRequest r = it.next();
                    if (wanted.test(r)) {
                        it.remove();
                        return r;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("expected " + what + " within " + timeout.toMillis() + " ms, none came; "
                            + arrived());
                }
                await(left);
            }
        }
    }

    /** Fails when any untaken request is there now or arrives within {@code window}. */
    void expectNone(Duration window) {
        long deadline = System.nanoTime() + window.toNanos();
        synchronized (lock) {
            while (true) {
                if (!untaken.isEmpty()) {
                    throw new AssertionError("expected no further request within " + window.toMillis()
                            + " ms, saw " + untaken.getFirst().line() + "; " + arrived());
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                await(left);
            }
        }
    }

    List<RecordedRequest> all() {
        synchronized (lock) {
            return List.copyOf(all);
        }
    }

    void clear() {
        synchronized (lock) {
            all.clear();
            untaken.clear();
        }
    }

    private void await(long nanos) {
        try {
            lock.wait(Math.max(1, nanos / 1_000_000), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchInfrastructureException("interrupted while waiting for a request to the service host", e);
        }
    }

    /** "arrived since reset: #1 GET /a from 127.0.1.1 (taken), ..." for timeout messages. */
    private String arrived() {
        if (all.isEmpty()) {
            return "no request arrived since the last reset";
        }
        List<RecordedRequest> last = all.subList(Math.max(0, all.size() - LISTED_IN_MESSAGES), all.size());
        return "arrived since the last reset (" + all.size() + "): " + last.stream()
                .map(r -> r.line() + (untaken.contains(r) ? "" : " (taken)")).collect(Collectors.joining(", "));
    }
}
