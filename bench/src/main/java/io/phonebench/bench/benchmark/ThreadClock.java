package io.phonebench.bench.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the calling thread, for figures that are pure computation on one thread (screen compare, RTP
 * accounting): unlike wall time it does not count the moments other processes on a shared build machine had the
 * core, so the figure is the code's, not the machine's load. On an idle machine the two agree. Falls back to wall time
 * where the JVM cannot measure thread CPU time.
 */
final class ThreadClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported();

    private ThreadClock() {
    }

    static long nanos() {
        return CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    static String kind() {
        return CPU ? "thread CPU time" : "wall time";
    }
}
