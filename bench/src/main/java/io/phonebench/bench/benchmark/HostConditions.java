package io.phonebench.bench.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What the machine was doing while one measurement ran: the load per core at its start and end, and the CPU that
 * processes other than this JVM used meanwhile. The load average counts this JVM's own threads, so a measurement
 * that keeps both cores busy (96 virtual phones) ends "loaded" on an idle machine; the other processes' CPU tells
 * that case from a machine shared with another build.
 *
 * @param otherCoresUsed cores' worth of CPU the rest of the machine used during the measurement (0.5: half a core);
 *                       NaN where the platform does not tell (no {@code /proc/stat})
 */
record HostConditions(double loadStart, double loadEnd, double otherCoresUsed, int cores) {
    /** Load per core above which wall-time figures may measure the machine's other work as much as the bench. */
    static final double LOADED = 1.0;
    /** Other processes' CPU per core above which they competed with the measurement. */
    static final double SHARED = 0.2;
    /** /proc/stat counts in USER_HZ, which Linux fixes at 100 per second for user space. */
    private static final long NANOS_PER_TICK = 10_000_000L;
    private static final Path PROC_STAT = Path.of("/proc/stat");

    /** CPU time of the whole machine and of this JVM at one instant. */
    record Sample(long wallNanos, long machineBusyNanos, long ownNanos) {
        static Sample now() {
            return new Sample(System.nanoTime(), readMachineBusyNanos(), ProcessCpu.nanos());
        }
    }

    /** The conditions between two samples, with the load per core read at each. */
    static HostConditions between(Sample start, double loadStart, Sample end, double loadEnd) {
        int cores = Runtime.getRuntime().availableProcessors();
        long wall = end.wallNanos() - start.wallNanos();
        double other = start.machineBusyNanos() < 0 || end.machineBusyNanos() < 0 || wall <= 0 ? Double.NaN
                : Math.max(0, (end.machineBusyNanos() - start.machineBusyNanos())
                        - (end.ownNanos() - start.ownNanos())) / (double) wall;
        return new HostConditions(loadStart, loadEnd, other, cores);
    }

    /** The qualification a figure taken in these conditions carries, or none when the machine was quiet. */
    Optional<String> note() {
        boolean loaded = Math.max(loadStart, loadEnd) > LOADED;
        boolean known = !Double.isNaN(otherCoresUsed);
        boolean shared = known && otherCoresUsed > SHARED * cores;
        if (!loaded && !shared) {
            return Optional.empty();
        }
        String load = String.format(Locale.ROOT, "taken at load %.2f-%.2f per core", loadStart, loadEnd);
        if (!known) {
            return Optional.of(load + ", above " + LOADED + ": not comparable with a quiet run");
        }
        String others = String.format(Locale.ROOT, "other processes used %.2f of %d cores meanwhile", otherCoresUsed,
                cores);
        if (shared) {
            return Optional.of(load + "; " + others + ": not comparable with a quiet run");
        }
        return Optional.of(load + ", above " + LOADED + ", but " + others + ": the machine was not shared (the load"
                + " average counts this measurement and lags behind)");
    }

    /** Busy CPU time of all cores from the first line of /proc/stat, or -1 where there is none. */
    private static long readMachineBusyNanos() {
        try {
            String[] f = Files.readAllLines(PROC_STAT).get(0).trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...: busy is all but idle and iowait
            long busy = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(f[i]);
                }
            }
            return f[0].equals("cpu") ? busy * NANOS_PER_TICK : -1;
        } catch (IOException | RuntimeException e) {
            return -1;   // not Linux: the other processes' CPU is not known, and the note says only the load
        }
    }
}
