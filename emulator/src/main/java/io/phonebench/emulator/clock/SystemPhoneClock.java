package io.phonebench.emulator.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Wall-clock time with tasks on one daemon thread, so timed work of one phone runs in order and never keeps the JVM
 * alive. Close it when the phone stops.
 */
public final class SystemPhoneClock implements PhoneClock, AutoCloseable {
    private final Clock clock;
    private final ScheduledExecutorService timer;

    public SystemPhoneClock() {
        this(Clock.systemUTC(), "phone-clock");
    }

    public SystemPhoneClock(Clock clock, String threadName) {
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
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
