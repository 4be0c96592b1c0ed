package io.phonebench.emulator.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A clock that only moves when a test says so. {@link #advance} runs every task that falls due, in order of due time
 * (ties in order of scheduling), on the caller's thread, with {@link #now()} set to each task's due time while it
 * runs; tasks scheduled by a running task also run if they fall due within the advance.
 */
public final class ManualPhoneClock implements PhoneClock {
    private final List<Pending> pending = new ArrayList<>();
    private Instant now;
    private long sequence;

    public ManualPhoneClock() {
        this(Instant.parse("2024-01-01T00:00:00Z"));
    }

    public ManualPhoneClock(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable task) {
        Duration wait = delay.isNegative() ? Duration.ZERO : delay;
        Pending p = new Pending(now.plus(wait), sequence++, task);
        pending.add(p);
        return () -> {
            synchronized (ManualPhoneClock.this) {
                pending.remove(p);
            }
        };
    }

    /** Moves time forward by {@code step}, running due tasks in order. */
    public void advance(Duration step) {
        if (step.isNegative()) {
            throw new IllegalArgumentException("a clock cannot go back: advance(" + step + ")");
        }
        Instant target;
        synchronized (this) {
            target = now.plus(step);
        }
        while (true) {
            Pending next;
            synchronized (this) {
                next = earliestDueBy(target).orElse(null);
                if (next == null) {
                    now = target;
                    return;
                }
                pending.remove(next);
                now = next.due;
            }
            next.task.run();
        }
    }

    /** Tasks run only inside {@link #advance}, so between advances only the pending ones count. */
    @Override
    public synchronized boolean quietFor(Duration window) {
        Instant horizon = now.plus(window);
        return pending.stream().allMatch(p -> p.due.isAfter(horizon));
    }

    /** Tasks scheduled and not yet run or cancelled. */
    public synchronized int pendingTasks() {
        return pending.size();
    }

    /** Due time of the earliest pending task, if any. */
    public synchronized Optional<Instant> nextDue() {
        return pending.stream().map(p -> p.due).min(Instant::compareTo);
    }

    private Optional<Pending> earliestDueBy(Instant target) {
        Pending best = null;
        for (Pending p : pending) {
            if (!p.due.isAfter(target) && (best == null || p.due.isBefore(best.due)
                    || (p.due.equals(best.due) && p.seq < best.seq))) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    private record Pending(Instant due, long seq, Runnable task) {
    }
}
