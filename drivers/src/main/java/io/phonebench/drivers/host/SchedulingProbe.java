package io.phonebench.drivers.host;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

/**
 * Measures the bench host's scheduling noise continuously: a daemon thread asks to wake every {@link #PERIOD} and
 * records how late it actually ran, and, where Linux reports it, how much of the time some thread waited for a core
 * ({@link CpuPressure}): one thread's delays are a sample, the kernel's count covers every thread. On a virtual rig the phone's receivers and timers run on this host too, so
 * whatever delays this thread delays them; on a real rig it bounds the error of the bench's own timestamps.
 *
 * <p>Memory is bounded: the worst delay is kept per {@link #BUCKET}, in a ring covering {@link #HISTORY}. Asking about
 * an interval older than that answers with what is left of it (and fewer samples).
 */
public final class SchedulingProbe implements AutoCloseable {
    static final Duration PERIOD = Duration.ofMillis(1);
    static final Duration BUCKET = Duration.ofMillis(100);
    static final Duration HISTORY = Duration.ofMinutes(10);

    private static final long PERIOD_NANOS = PERIOD.toNanos();
    private static final long BUCKET_NANOS = BUCKET.toNanos();
    private static final int BUCKETS = (int) (HISTORY.toNanos() / BUCKET_NANOS);

    private final long origin = System.nanoTime();
    /** Per bucket: which bucket index it holds (-1 none), the worst delay and the wake-up count. */
    private final long[] bucketIndex = new long[BUCKETS];
    private final long[] bucketWorst = new long[BUCKETS];
    private final long[] bucketSamples = new long[BUCKETS];
    /** Per bucket: when it began and the kernel's CPU stall total then ({@link CpuPressure#UNKNOWN} without PSI). */
    private final long[] bucketStart = new long[BUCKETS];
    private final long[] bucketStall = new long[BUCKETS];
    private final Thread thread;
    private volatile boolean running = true;
    /** When the probe is next due to wake; a starved probe is overdue, and that counts as noise too. */
    private volatile long pendingDue;

    /** Not yet probing: {@link #start(String)} starts it. */
    SchedulingProbe(String name) {
        java.util.Arrays.fill(bucketIndex, -1);
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        // as urgent as the threads it stands for (RTP pacing, phone timers), no more
        thread.setPriority(Thread.NORM_PRIORITY);
    }

    /** Starts probing at once; {@link #close()} stops it. */
    public static SchedulingProbe start(String name) {
        SchedulingProbe probe = new SchedulingProbe(name);
        probe.thread.start();
        return probe;
    }

    private void run() {
        long due = System.nanoTime() + PERIOD_NANOS;
        while (running) {
            pendingDue = due;
            LockSupport.parkNanos(due - System.nanoTime());
            long now = System.nanoTime();
            if (now < due) {
                continue; // spurious early return: not a wake-up the scheduler owed us yet
            }
            record(now, now - due);
            due = now + PERIOD_NANOS;
        }
    }

    synchronized void record(long now, long late) {
        long index = (now - origin) / BUCKET_NANOS;
        int slot = (int) (index % BUCKETS);
        if (bucketIndex[slot] != index) {
            bucketIndex[slot] = index;
            bucketWorst[slot] = 0;
            bucketSamples[slot] = 0;
            bucketStart[slot] = now;
            bucketStall[slot] = CpuPressure.someTotalMicros();
        }
        bucketWorst[slot] = Math.max(bucketWorst[slot], late);
        bucketSamples[slot]++;
    }

    /** The noise from {@code sinceNanos} (a {@link System#nanoTime()} reading) until now. */
    public SchedulingNoise since(long sinceNanos) {
        return between(sinceNanos, System.nanoTime());
    }

    synchronized SchedulingNoise between(long sinceNanos, long now) {
        long first = Math.max(0, (sinceNanos - origin) / BUCKET_NANOS);
        long last = (now - origin) / BUCKET_NANOS;
        long worst = 0;
        long samples = 0;
        int earliest = -1;
        for (long index = Math.max(first, last - BUCKETS + 1); index <= last; index++) {
            int slot = (int) (index % BUCKETS);
            if (bucketIndex[slot] == index) {
                worst = Math.max(worst, bucketWorst[slot]);
                samples += bucketSamples[slot];
                earliest = earliest < 0 ? slot : earliest;
            }
        }
        double pressure = Double.NaN;
        long stallNow = earliest < 0 ? CpuPressure.UNKNOWN : CpuPressure.someTotalMicros();
        if (stallNow != CpuPressure.UNKNOWN && bucketStall[earliest] != CpuPressure.UNKNOWN
                && now - bucketStart[earliest] > 0) {
            pressure = Math.min(1, (stallNow - bucketStall[earliest]) * 1000.0 / (now - bucketStart[earliest]));
        }
        if (running && pendingDue != 0) {
            worst = Math.max(worst, now - pendingDue); // starved right now: not yet recorded, but just as real
        }
        return new SchedulingNoise(Duration.ofNanos(worst), samples, Duration.ofNanos(Math.max(0, now - sinceNanos)),
                pressure);
    }

    /** The noise from {@code since} (wall clock) until now. */
    public SchedulingNoise since(Instant since) {
        long ago = Duration.between(since, Instant.now()).toNanos();
        return since(System.nanoTime() - Math.max(0, ago));
    }

    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
