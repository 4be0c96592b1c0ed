package io.phonebench.protocol.exchange;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The requests one recorder received, numbered in order of arrival, for tests to take or await with a deadline. It is
 * a ring with a byte budget: a flood of large posts cannot exhaust the heap, the oldest entries go first,
 * taken or not, and {@link #dropped()} says how many went, so evidence never passes a cut log off as complete.
 * Waits are event-driven: every append wakes them, and each has one total deadline.
 */
public final class RequestJournal {
    /** Far above what one test keeps (a push is at most a few KiB), far below what a flood would pile up. */
    public static final long DEFAULT_BYTE_BUDGET = 4L * 1024 * 1024;
    public static final int DEFAULT_MAX_ENTRIES = 1000;
    private static final int LISTED_IN_MESSAGES = 20;
    /** How often a quiet window asks whether the sender has settled; an arrival wakes it sooner. */
    private static final Duration QUIET_STEP = Duration.ofMillis(20);

    private final String owner;
    private final long byteBudget;
    private final int maxEntries;
    private final ArrayDeque<Entry> kept = new ArrayDeque<>();
    private long keptBytes;
    private long dropped;
    private long sequence;
    private long total;

    /** @param owner whose requests, for messages: "service host", a phone's name */
    public RequestJournal(String owner) {
        this(owner, DEFAULT_BYTE_BUDGET, DEFAULT_MAX_ENTRIES);
    }

    public RequestJournal(String owner, long byteBudget, int maxEntries) {
        if (byteBudget <= 0 || maxEntries <= 0) {
            throw new IllegalArgumentException("request journal bounds must be positive, saw " + byteBudget
                    + " bytes, " + maxEntries + " entries");
        }
        this.owner = owner;
        this.byteBudget = byteBudget;
        this.maxEntries = maxEntries;
    }

    /** Numbers the request, keeps it, wakes every waiter; returns it as numbered. */
    public RecordedRequest add(RecordedRequest request) {
        return add(request, true);
    }

    /**
     * @param keepBody false for a request the recorder did not accept (unauthenticated, unrouted): only bodies worth
     *                 reading are kept, so a flood of them costs no more than its headers
     * @return the request as numbered, with its body, for the recorder to go on serving
     */
    public synchronized RecordedRequest add(RecordedRequest request, boolean keepBody) {
        RecordedRequest numbered = request.withSequence(++sequence);
        RecordedRequest stored = keepBody ? numbered : numbered.withoutBody();
        total++;
        long weight = stored.retainedBytes();
        // The oldest go first, before the new one is kept, so that the entry of the last one to go takes it in:
        // a full journal packs each request into an array it already has.
        Entry reused = null;
        while (kept.size() >= maxEntries || (keptBytes + weight > byteBudget && !kept.isEmpty())) {
            reused = kept.removeFirst();
            keptBytes -= reused.weight;
            dropped++;
        }
        kept.addLast((reused == null ? new Entry() : reused).keep(stored, weight));
        keptBytes += weight;
        notifyAll();
        return numbered;
    }

    /** Every kept request since the last clear, oldest first. */
    public synchronized List<RecordedRequest> all() {
        return kept.stream().map(Entry::request).toList();
    }

    /** How many requests were dropped to stay within the bounds since the last clear. */
    public synchronized long dropped() {
        return dropped;
    }

    /** "N requests dropped (oldest first) to bound the log", or empty when none were: for evidence. */
    public synchronized Optional<String> droppedMarker() {
        return dropped == 0 ? Optional.empty() : Optional.of(dropped + " request(s) dropped from the " + owner
                + " log (oldest first, to stay within " + maxEntries + " entries / " + byteBudget + " bytes)");
    }

    /** What the kept entries weigh ({@link RecordedRequest#retainedBytes()}). */
    public synchronized long retainedBytes() {
        return keptBytes;
    }

    /** How many requests arrived since the journal was made, kept, dropped or cleared: traffic counters. */
    public synchronized long total() {
        return total;
    }

    /** Forgets every request and starts numbering at 1 again, between tests. */
    public synchronized void clear() {
        kept.clear();
        keptBytes = 0;
        dropped = 0;
        sequence = 0;
    }

    /**
     * Forgets the kept requests {@code forgotten} matches, keeping the numbering: one phone's requests between its
     * tests, while phones tested beside it keep theirs.
     */
    public synchronized void clear(Predicate<RecordedRequest> forgotten) {
        kept.removeIf(e -> {
            if (forgotten.test(e.request())) {
                keptBytes -= e.weight;
                return true;
            }
            return false;
        });
    }

    /** The first untaken request matching {@code wanted}, waiting up to {@code timeout}; others stay untaken. */
    public synchronized RecordedRequest take(Predicate<RecordedRequest> wanted, String what, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Entry e : kept) {
                if (!e.taken) {
                    RecordedRequest r = e.request();
                    if (wanted.test(r)) {
                        e.taken = true;
                        return r;
                    }
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + what + " within " + timeout.toMillis() + " ms, none came to the "
                        + owner + "; " + arrived());
            }
            sleep(left, what);
        }
    }

    /** The next untaken request, waiting up to {@code timeout}. */
    public RecordedRequest take(Duration timeout) {
        return take(r -> true, "a request", timeout);
    }

    /** Fails when an untaken request is there now or arrives within {@code window}. */
    public void expectNone(Duration window) {
        expectNone(r -> true, window);
    }

    /** Fails when an untaken request matching {@code counted} is there now or arrives within {@code window}. */
    public synchronized void expectNone(Predicate<RecordedRequest> counted, Duration window) {
        long deadline = System.nanoTime() + window.toNanos();
        while (true) {
            Optional<RecordedRequest> waiting = kept.stream().filter(e -> !e.taken).map(Entry::request)
                    .filter(counted).findFirst();
            if (waiting.isPresent()) {
                throw new AssertionError("expected no further request at the " + owner + " within "
                        + window.toMillis() + " ms, saw " + waiting.get().line() + "; " + arrived());
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            sleep(left, "no request");
        }
    }

    /**
     * The kept requests matching {@code wanted} once there are at least {@code count}, waiting up to {@code timeout}
     * in total; on timeout an AssertionError quotes what did arrive.
     */
    public synchronized List<RecordedRequest> await(Predicate<RecordedRequest> wanted, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<RecordedRequest> seen = matching(wanted);
            if (seen.size() >= count) {
                return seen;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " matching request(s) at the " + owner + " within "
                        + timeout.toMillis() + " ms, " + seen.size() + " came: "
                        + seen.stream().map(RecordedRequest::line).toList() + "; " + arrived());
            }
            sleep(left, count + " requests");
        }
    }

    /**
     * The requests matching {@code wanted} once at least {@code count} arrived and then none for {@code quiet}, so a
     * request beyond the expected count (a second fetch, a stray Refresh) is seen rather than missed. Never fails:
     * at the deadline it returns what it has, for a judge to compare.
     */
    public List<RecordedRequest> settle(Predicate<RecordedRequest> wanted, int count, Duration quiet,
            Duration timeout) {
        return settle(wanted, count, quiet, timeout, window -> false);
    }

    /**
     * As {@link #settle(Predicate, int, Duration, Duration)}, closing the quiet window early once
     * {@code cannotSendWithin} says the sender can make no request in what is left of it (a virtual phone answering
     * nothing with no timer due: its fetches only ever run inside an answer or a timer). It is asked outside the
     * journal's lock, at most every {@link #QUIET_STEP}, so the sender is never blocked by a waiting judge.
     */
    public List<RecordedRequest> settle(Predicate<RecordedRequest> wanted, int count, Duration quiet,
            Duration timeout, Predicate<Duration> cannotSendWithin) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<RecordedRequest> seen;
        synchronized (this) {
            seen = matching(wanted);
            while (seen.size() < count && deadline - System.nanoTime() > 0) {
                sleep(deadline - System.nanoTime(), count + " requests");
                seen = matching(wanted);
            }
        }
        long quietUntil = Math.min(deadline, System.nanoTime() + quiet.toNanos());
        for (long left = quietUntil - System.nanoTime(); left > 0; left = quietUntil - System.nanoTime()) {
            if (cannotSendWithin.test(Duration.ofNanos(left))) {
                synchronized (this) {
                    return matching(wanted);   // one last look: a request recorded just before the sender settled
                }
            }
            synchronized (this) {
                sleep(Math.min(left, QUIET_STEP.toNanos()), "quiet");
                List<RecordedRequest> now = matching(wanted);
                if (now.size() > seen.size()) {
                    seen = now;
                    quietUntil = Math.min(deadline, System.nanoTime() + quiet.toNanos());
                }
            }
        }
        return seen;
    }

    private List<RecordedRequest> matching(Predicate<RecordedRequest> wanted) {
        List<RecordedRequest> out = new ArrayList<>();
        for (Entry e : kept) {
            RecordedRequest r = e.request();
            if (wanted.test(r)) {
                out.add(r);
            }
        }
        return out;
    }

    private void sleep(long nanos, String what) {
        try {
            // Object.wait rounds to milliseconds: wait at least one, the loop re-checks the deadline
            wait(Math.max(1, nanos / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what + " at the " + owner, e);
        }
    }

    /** "arrived since the last clear (3): #1 GET /a from 127.0.1.1 (taken), ..." for timeout messages. */
    private String arrived() {
        if (kept.isEmpty()) {
            return "no request arrived since the last clear" + (dropped > 0 ? " that is still kept" : "");
        }
        List<Entry> last = new ArrayList<>(kept).subList(Math.max(0, kept.size() - LISTED_IN_MESSAGES), kept.size());
        return "arrived since the last clear (" + (kept.size() + dropped) + "): " + last.stream()
                .map(e -> e.request().line() + (e.taken ? " (taken)" : "")).collect(Collectors.joining(", "))
                + droppedMarker().map(m -> "; " + m).orElse("");
    }

    @Override
    public synchronized String toString() {
        return "RequestJournal[" + owner + ", " + kept.size() + " kept, " + dropped + " dropped]";
    }

    /**
     * One kept request, packed ({@link PackedRequest}). Once the journal is full, the entry of the oldest request
     * takes in the newest, in its array when that fits and is at most four times the size (plus a KiB): a phone's
     * pushes and screenshots take turns in the same arrays, so its journal makes no object a request at a steady
     * pace, and it holds no array far larger than what it keeps.
     */
    private static final class Entry {
        private static final int SPARE = 64;
        private static final int SLACK = 1024;
        private byte[] packed;
        private long weight;
        private boolean taken;

        Entry keep(RecordedRequest request, long weight) {
            int size = PackedRequest.size(request);
            if (packed == null || packed.length < size || packed.length > 4L * size + SLACK) {
                packed = new byte[size + size / 8 + SPARE];   // room for a slightly longer one next time
            }
            PackedRequest.write(request, packed);
            this.weight = weight;
            this.taken = false;
            return this;
        }

        RecordedRequest request() {
            return PackedRequest.read(packed);
        }
    }
}
