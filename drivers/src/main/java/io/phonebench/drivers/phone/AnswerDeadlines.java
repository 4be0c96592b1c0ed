package io.phonebench.drivers.phone;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The answer deadlines of every phone request in the JVM, watched by one daemon thread that looks every
 * {@link #TICK}: a deadline fires up to one tick late. Arming and disarming is a set insert and remove; a scheduled
 * executor instead cost every push a task and a wake-up of its thread (to re-time its queue, or to drop each
 * cancelled task as it fell due). The thread rests while nothing has been armed for a second.
 */
final class AnswerDeadlines {
    static final Duration TICK = Duration.ofMillis(20);
    private static final long REST_AFTER_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** One armed deadline; fires its action at most once. */
    static final class Armed {
        private final long deadline;
        private final Runnable expire;
        private final BooleanSupplier hung;

        private Armed(long deadline, Runnable expire, BooleanSupplier hung) {
            this.deadline = deadline;
            this.expire = expire;
            this.hung = hung;
        }

        private boolean due(long now) {
            return now - deadline >= 0 || hung.getAsBoolean();
        }
    }

    private final Set<Armed> armed = ConcurrentHashMap.newKeySet();
    private final Thread watchdog;
    private volatile boolean resting;

    AnswerDeadlines(String threadName) {
        watchdog = new Thread(this::watch, threadName);
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /**
     * Runs {@code expire} on the watchdog thread once {@code after} has passed, unless disarmed first; at once when
     * {@code hung} says the phone will answer nothing before then (the deadline can only pass, so its wall time is
     * not waited out).
     */
    Armed arm(Duration after, Runnable expire, BooleanSupplier hung) {
        Armed a = new Armed(System.nanoTime() + after.toNanos(), expire, hung);
        armed.add(a);
        if (resting) {
            LockSupport.unpark(watchdog);
        }
        return a;
    }

    /** True when it was still armed (it has not fired and will not). */
    boolean disarm(Armed a) {
        return armed.remove(a);
    }

    private void watch() {
        long lastArmed = System.nanoTime();
        while (true) {
            long now = System.nanoTime();
            if (!armed.isEmpty()) {
                lastArmed = now;
                for (Armed a : armed) {
                    if (a.due(now) && armed.remove(a)) {
                        try {
                            a.expire.run();
                        } catch (RuntimeException e) {
                            // an abort that fails leaves the request to its socket timeout; the watch goes on
                        }
                    }
                }
            } else if (now - lastArmed > REST_AFTER_NANOS) {
                resting = true;
                if (armed.isEmpty()) {
                    LockSupport.park(this);   // arm() unparks; a spurious wake-up just looks again
                }
                resting = false;
                lastArmed = System.nanoTime();
                continue;
            }
            LockSupport.parkNanos(this, TICK.toNanos());
        }
    }
}
