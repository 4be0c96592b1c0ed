package io.phonebench.emulator.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Wall-clock time with tasks on one daemon thread, so timed work of one phone runs in order and never keeps the JVM
 * alive. The thread exists only while the phone has timed work: it ends after {@link #IDLE_THREAD} with nothing
 * scheduled (a cancelled task leaves the queue at once), and the next task starts a new one. A rack of idle virtual
 * phones in one JVM held a parked thread each for nothing. Close it when the phone stops.
 */
public final class SystemPhoneClock implements PhoneClock, AutoCloseable {
    static final Duration IDLE_THREAD = Duration.ofSeconds(10);

    private final Clock clock;
    private final ScheduledThreadPoolExecutor timer;

    public SystemPhoneClock() {
        this(Clock.systemUTC(), "phone-clock");
    }

    public SystemPhoneClock(Clock clock, String threadName) {
        this(clock, threadName, IDLE_THREAD);
    }

    SystemPhoneClock(Clock clock, String threadName, Duration idleThread) {
        this.clock = clock;
        // One core thread and an unbounded queue: never more than one thread, so tasks run one at a time, in order.
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        timer.setKeepAliveTime(Math.max(1, idleThread.toNanos()), TimeUnit.NANOSECONDS);
        timer.allowCoreThreadTimeOut(true);
    }

    /** Threads the clock holds now: 1 while work is scheduled or just done, 0 once idle. */
    int threads() {
        return timer.getPoolSize();
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        long nanos = Math.max(0, delay.toNanos());
        ScheduledFuture<?> future = timer.schedule(task, nanos, TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
