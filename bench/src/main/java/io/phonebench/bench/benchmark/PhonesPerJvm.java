package io.phonebench.bench.benchmark;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.emulator.virtual.FirmwareProfile;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code virtual_phones_per_jvm}: the largest fleet of faithful virtual phones, grown in steps, whose pushes still
 * answer with p99 under the limit while a fixed number of bench threads push to all of them in turn. With it, at the
 * largest step served: {@code heap_mb_per_phone} (heap in use after GC, bench-side clients closed, over phones) and
 * {@code threads_per_phone} (live threads added per phone), which are what a fleet runs out of first. And two that
 * explain a low count: {@code fleet_first_step_p99_ms}, the p99 of the smallest step (when even that misses, the
 * machine's load or cores are the bound, not the number of phones), and {@code fleet_largest_step_served}, the
 * largest step that ran at all, whatever its latency.
 */
final class PhonesPerJvm {
    private static final int ADDRESS_BLOCK = 213;
    private static final double MB = 1024.0 * 1024.0;

    private final List<Integer> steps;
    private final int pushesPerPhone;
    private final int pushers;
    private final int firstWarmup;
    private final Duration p99Limit;
    private final Duration budget;
    private final PrintWriter progress;

    PhonesPerJvm(BenchmarkPlan.Fleet plan, PrintWriter progress) {
        List<Integer> steps = plan.steps();
        if (steps.isEmpty() || plan.pushesPerPhone() < 1 || plan.pushers() < 1) {
            throw new IllegalArgumentException("phones per JVM: expected steps, pushes per phone >= 1 and pushers"
                    + " >= 1, saw " + plan);
        }
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i) <= steps.get(i - 1)) {
                throw new IllegalArgumentException("phones per JVM: expected ascending steps, saw " + steps);
            }
        }
        this.steps = steps;
        this.pushesPerPhone = plan.pushesPerPhone();
        this.pushers = plan.pushers();
        this.firstWarmup = plan.firstWarmup();
        this.p99Limit = plan.p99Limit();
        this.budget = plan.budget();
        this.progress = progress;
    }

    List<Figure> measure() {
        long started = System.nanoTime();
        long heapBefore = usedHeapAfterGc();
        int threadsBefore = liveThreads();
        int best = 0;
        double heapPerPhone = 0;
        double threadsPerPhone = 0;
        double firstStepP99 = -1;
        int served = 0;
        ExecutorService bench = Executors.newFixedThreadPool(pushers, r -> {
            Thread t = new Thread(r, "benchmark-pusher");
            t.setDaemon(true);
            return t;
        });
        try (VirtualPhoneFleet fleet = new VirtualPhoneFleet(ADDRESS_BLOCK, FirmwareProfile.faithful())) {
            for (int step : steps) {
                if (System.nanoTime() - started > budget.toNanos()) {
                    progress.printf("  phones per JVM: time budget of %d s spent, no step beyond %d%n",
                            budget.toSeconds(), best);
                    break;
                }
                Timings t;
                try {
                    fleet.growTo(step);
                    // Warm-up: connections, each phone's executor threads, and on the first step the JIT.
                    int warmed = 0;
                    do {
                        warmed += push(fleet, bench).count();
                    } while (served == 0 && warmed < firstWarmup);
                    t = push(fleet, bench);
                    fleet.closeClients();
                } catch (RuntimeException | OutOfMemoryError e) {
                    // A fleet that outgrows the JVM or the OS (threads, file descriptors) ends the ramp, not the run.
                    progress.printf("  %d phones: failed, stopping at %d: %s%n", step, best, e);
                    break;
                }
                double heap = Math.max(0, usedHeapAfterGc() - heapBefore) / MB / step;
                double threads = (double) (liveThreads() - threadsBefore) / step;
                if (firstStepP99 < 0) {
                    firstStepP99 = t.percentileMillis(99);
                }
                boolean met = t.percentileMillis(99) <= p99Limit.toMillis();
                progress.printf(Locale.ROOT, "  %d phones: push %s; %.3f MB heap and %.1f threads per phone%s%n",
                        step, t, heap, threads, met ? "" : " -- p99 over " + p99Limit.toMillis() + " ms");
                served = step;
                heapPerPhone = heap;
                threadsPerPhone = threads;
                if (met) {
                    best = step;
                }
                // A step that misses goes on: a loaded machine may miss one step and meet the next. The budget ends it.
            }
        } finally {
            bench.shutdownNow();
        }
        return List.of(new Figure("virtual_phones_per_jvm", best), new Figure("heap_mb_per_phone", heapPerPhone),
                new Figure("threads_per_phone", threadsPerPhone),
                new Figure("fleet_first_step_p99_ms", Math.max(0, firstStepP99)),
                new Figure("fleet_largest_step_served", served));
    }

    /** Every pusher walks its share of the phones {@code pushesPerPhone} times; returns all latencies. */
    private Timings push(VirtualPhoneFleet fleet, ExecutorService bench) {
        int phones = fleet.size();
        CiscoIPPhoneText text = new CiscoIPPhoneText("Fleet", "load", "Phones per JVM");
        List<Future<long[]>> shares = new ArrayList<>();
        for (int w = 0; w < pushers; w++) {
            int first = w;
            shares.add(bench.submit(() -> {
                int mine = (phones - first + pushers - 1) / pushers;
                long[] latencies = new long[mine * pushesPerPhone];
                int k = 0;
                for (int round = 0; round < pushesPerPhone; round++) {
                    for (int i = first; i < phones; i += pushers) {
                        long start = System.nanoTime();
                        fleet.client(i).push(text);
                        latencies[k++] = System.nanoTime() - start;
                    }
                }
                return latencies;
            }));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30 + phones * pushesPerPhone / 100L);
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> share : shares) {
            all.add(await(share, deadline, phones));
        }
        long[] merged = all.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        return Timings.of(merged);
    }

    private static long[] await(Future<long[]> share, long deadline, int phones) {
        try {
            return share.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new BenchInfrastructureException("phones per JVM: pushes to " + phones + " phones did not finish"
                    + " in time");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new BenchInfrastructureException("phones per JVM: a push failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchInfrastructureException("phones per JVM: interrupted", e);
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static int liveThreads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }
}
