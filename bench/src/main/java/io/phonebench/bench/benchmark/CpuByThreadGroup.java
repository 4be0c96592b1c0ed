package io.phonebench.bench.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a JVM's CPU went between two snapshots, by group of threads: a thread's name with its numbers and addresses
 * taken out ({@code benchmark-pusher}; {@code phone-#-#}, every virtual phone's HTTP threads). What no live thread
 * accounts for (the JVM's own GC and compiler threads, and threads that ended in between) is the rest.
 */
final class CpuByThreadGroup {
    private static final Pattern NUMBERS = Pattern.compile("[0-9][0-9.:]*");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, Long> cpuByThread;
    private final long processNanos;

    private CpuByThreadGroup(Map<Long, Long> cpuByThread, long processNanos) {
        this.cpuByThread = cpuByThread;
        this.processNanos = processNanos;
    }

    /** The CPU time of every live thread now; empty where the JVM does not measure thread CPU. */
    static CpuByThreadGroup snapshot() {
        Map<Long, Long> cpu = new HashMap<>();
        if (THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled()) {
            for (long id : THREADS.getAllThreadIds()) {
                long t = THREADS.getThreadCpuTime(id);
                if (t >= 0) {
                    cpu.put(id, t);
                }
            }
        }
        return new CpuByThreadGroup(cpu, ProcessCpu.nanos());
    }

    /**
     * The groups' shares of the process's CPU since {@code before}, largest first, the first {@code top} of them and
     * the rest, e.g. {@code benchmark-pusher 38 %, phone-#-# 31 %, ..., rest 12 %}.
     */
    String sharesSince(CpuByThreadGroup before, int top) {
        Map<String, Long> byGroup = new HashMap<>();
        for (Map.Entry<Long, Long> e : cpuByThread.entrySet()) {
            long used = e.getValue() - before.cpuByThread.getOrDefault(e.getKey(), 0L);
            if (used > 0) {
                byGroup.merge(group(e.getKey()), used, Long::sum);
            }
        }
        long total = Math.max(1, processNanos - before.processNanos);
        Map<String, Long> largest = byGroup.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        long named = largest.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder out = new StringBuilder();
        largest.forEach((group, used) -> out.append(String.format(Locale.ROOT, "%s %.0f %%, ", group,
                100.0 * used / total)));
        return out.append(String.format(Locale.ROOT, "rest (GC, JIT, other threads) %.0f %%",
                100.0 * Math.max(0, total - named) / total)).toString();
    }

    static String group(String threadName) {
        return NUMBERS.matcher(threadName).replaceAll("#");
    }

    private static String group(long threadId) {
        ThreadInfo info = THREADS.getThreadInfo(threadId);
        return info == null ? "ended" : group(info.getThreadName());
    }
}
