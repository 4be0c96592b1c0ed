package io.phonebench.bench.benchmark;

import java.lang.management.ManagementFactory;

/** CPU time of the whole JVM (the bench and its virtual phones), for figures that count what a fleet costs. */
final class ProcessCpu {
    private ProcessCpu() {
    }

    /** Nanoseconds of CPU this JVM has used, 0 where the platform does not tell. */
    static long nanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }
}
