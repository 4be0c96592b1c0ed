package io.phonebench.emulator.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running clock that a test can also move: it reads its base clock plus an offset, so a virtual phone and its
 * reference model see 30 idle minutes pass in an instant, while Refresh timers keep running in real time.
 * {@link #advance} runs every task that falls due, in order of due time (ties in order of scheduling), on the
 * caller's thread, and moves the later ones earlier on the base clock. A task runs once, whichever side fires it.
 */
public final class OffsetPhoneClock implements PhoneClock {
    private final PhoneClock base;
    private final List<Timed> waiting = new ArrayList<>();
    private Duration offset = Duration.ZERO;
    private long sequence;
    private int running;   // tasks taken off the waiting list and not yet finished

    public OffsetPhoneClock(PhoneClock base) {
        this.base = base;
    }

    @Override
    public synchronized Instant now() {
        return base.now().plus(offset);
    }

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable task) {
        Duration wait = delay.isNegative() ? Duration.ZERO : delay;
        Timed timed = new Timed(now().plus(wait), sequence++, task);
        waiting.add(timed);
        timed.onBase = base.schedule(wait, () -> fire(timed));
        return () -> {
            if (timed.done.compareAndSet(false, true)) {
                forget(timed);
            }
        };
    }

    /**
     * Sets this clock {@code step} back, so a later {@link #advance} can make time pass without leaving the clock
     * ahead of its base; tasks still waiting now wait {@code step} longer on the base clock.
     */
    public void turnBack(Duration step) {
        if (step.isNegative()) {
            throw new IllegalArgumentException("turnBack takes a positive step, saw " + step);
        }
        synchronized (this) {
            offset = offset.minus(step);
        }
        rescheduleWaiting();
    }

    @Override
    public synchronized boolean quietFor(Duration window) {
        Instant horizon = now().plus(window);
        return running == 0 && waiting.stream().allMatch(t -> t.due.isAfter(horizon));
    }

    /** How far this clock reads ahead of its base (negative: behind). */
    public synchronized Duration offset() {
        return offset;
    }

    /**
     * Moves time forward by {@code step}: due tasks run now, on this thread, each with {@link #now()} reading its due
     * time (a Refresh fetch is stamped when it was due, not when the advance ends); the rest wait what is left.
     */
    public void advance(Duration step) {
        if (step.isNegative()) {
            throw new IllegalArgumentException("a clock cannot go back: advance(" + step + ")");
        }
        Duration target;
        synchronized (this) {
            target = offset.plus(step);
        }
        while (true) {
            Timed next;
            synchronized (this) {
                Instant base = this.base.now();
                Instant horizon = base.plus(target);
                next = waiting.stream().filter(t -> !t.due.isAfter(horizon))
                        .min(Comparator.comparing((Timed t) -> t.due).thenComparingLong(t -> t.seq)).orElse(null);
                if (next == null) {
                    offset = target;
                    break;
                }
                Duration toDue = Duration.between(base, next.due);
                if (toDue.compareTo(offset) > 0) {
                    offset = toDue;   // never backwards: a task overdue already runs at the current time
                }
            }
            fire(next);
        }
        rescheduleWaiting();
    }

    private synchronized void rescheduleWaiting() {
        Instant now = now();
        for (Timed t : List.copyOf(waiting)) {
            t.onBase.cancel();
            t.onBase = base.schedule(Duration.between(now, t.due), () -> fire(t));
        }
    }

    private void fire(Timed timed) {
        if (timed.done.compareAndSet(false, true)) {
            forget(timed, true);
            try {
                timed.task.run();
            } finally {
                synchronized (this) {
                    running--;
                }
            }
        }
    }

    private void forget(Timed timed) {
        forget(timed, false);
    }

    /** Off the waiting list; a task about to run counts as running in the same step, so it is never unseen. */
    private synchronized void forget(Timed timed, boolean aboutToRun) {
        waiting.remove(timed);
        if (aboutToRun) {
            running++;
        }
        if (timed.onBase != null) {
            timed.onBase.cancel();
        }
    }

    /** A task and its due time on this clock; {@code onBase} is its current schedule on the base clock. */
    private static final class Timed {
        private final Instant due;
        private final long seq;
        private final Runnable task;
        private final AtomicBoolean done = new AtomicBoolean();
        private Cancellable onBase;

        Timed(Instant due, long seq, Runnable task) {
            this.due = due;
            this.seq = seq;
            this.task = task;
        }
    }
}
