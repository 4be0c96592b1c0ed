package io.phonebench.bench.benchmark;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.emulator.virtual.FirmwareProfile;
import io.phonebench.emulator.virtual.VirtualPhone;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * {@code virtual_phones_per_jvm}: the largest fleet of faithful virtual phones, grown in steps, that keeps its p99
 * under the limit while the load grows with it, as a rack's would: one bench thread per phone, each doing a push and
 * a screenshot once every {@link #PACE} (a test's cadence; the phones' starts spread over the first one, as a run's
 * tests never start in lockstep; each push a new text, so each screenshot is drawn afresh). A request that fails
 * counts with the time it took and fails its step. The ramp stops at the first step that misses; when no step
 * misses, the figure is only a lower bound and is noted as the ramp's cap. Beside it, at the last step measured,
 * what a phone costs: heap after GC, resident memory and threads per phone, busy (while the step runs; the bench's
 * own pusher threads not counted) and idle (just after, bench clients closed; handler threads that served the load
 * have not timed out yet), and the JVM's CPU time per push and screenshot, which bounds the fleet on few cores.
 * {@code fleet_first_step_p99_ms} explains a low count: when even the smallest step misses, the machine's load or
 * cores are the bound, not the number of phones. Each step is measured in a fleet JVM's steady state: every phone's
 * request journal full, on a settled JIT, without the back-to-back warm-up's leftovers in the old generation, and on
 * a heap used through since it last grew (see {@link #fillJournals}, {@link #warmUntilTheJitSettles},
 * {@link #warmPaced} and {@link HeapSettling}). The measured load runs long enough to hold several young pauses, so
 * its p99 is the fleet's, not a matter of whether a pause fell in it; the paced warm-up's loads are
 * {@link #WARM_ROUNDS} rounds each.
 */
final class PhonesPerJvm {
    private static final int ADDRESS_BLOCK = 213;
    private static final double MB = 1024.0 * 1024.0;
    private static final String MAX_FREE = "MaxHeapFreeRatio";
    static final Duration PACE = Duration.ofSeconds(1);
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /** A warm-up window in which the JIT compiled for less than this share of it ends the warm-up. */
    private static final double JIT_SETTLED = 0.05;
    private static final Duration QUEUE_POLL = Duration.ofMillis(50);
    /** Rounds of each paced warm-up load: enough for the JIT and the heap to show whether they have settled. */
    private static final int WARM_ROUNDS = 2;
    /** Measured loads a step takes at most, when one ran while the JIT or the heap had not settled. */
    private static final int MEASURES = 3;

    private final List<Integer> steps;
    private final int rounds;
    private final int firstWarmup;
    private final Duration p99Limit;
    private final Duration budget;
    private final Duration jitWindow;
    private final Duration jitCap;
    private final PrintWriter progress;

    PhonesPerJvm(BenchmarkPlan.Fleet plan, PrintWriter progress) {
        List<Integer> steps = plan.steps();
        if (steps.isEmpty() || plan.roundsPerPhone() < 1) {
            throw new IllegalArgumentException("phones per JVM: expected steps and rounds per phone >= 1, saw "
                    + plan);
        }
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i) <= steps.get(i - 1)) {
                throw new IllegalArgumentException("phones per JVM: expected ascending steps, saw " + steps);
            }
        }
        this.steps = steps;
        this.rounds = plan.roundsPerPhone();
        this.firstWarmup = plan.firstWarmup();
        this.p99Limit = plan.p99Limit();
        this.budget = plan.budget();
        this.jitWindow = plan.jitWindow();
        this.jitCap = plan.jitCap();
        this.progress = progress;
    }

    /** What one step cost per phone. */
    private record Cost(double heapMb, double rssBusyMb, double rssIdleMb, double threadsBusy, double threadsIdle) {
        static final Cost NONE = new Cost(0, 0, 0, 0, 0);
    }

    List<Figure> measure() {
        long started = System.nanoTime();
        long heapBefore = usedHeapAfterGc();
        long rssBefore = residentBytes();
        int threadsBefore = liveThreads();
        int best = 0;
        Cost cost = Cost.NONE;
        double firstStepP99 = -1;
        int measuredStep = 0;
        double cpuPerPair = 0;
        String stop = "";
        boolean outOfTime = false;
        try (VirtualPhoneFleet fleet = new VirtualPhoneFleet(ADDRESS_BLOCK, FirmwareProfile.faithful())) {
            for (int step : steps) {
                if (System.nanoTime() - started > budget.toNanos()) {
                    stop = "time budget of " + budget.toSeconds() + " s spent before " + step + " phones";
                    outOfTime = true;
                    break;
                }
                Load measured;
                long rssBusy;
                int threadsBusy;
                ExecutorService pushers = null;
                try {
                    fleet.growTo(step);
                    // The step's pushers live through its warm-ups and measurement, as a run's phone workers live
                    // through its tests: starting a thousand threads is the harness's cost, not the phones'. Their
                    // first requests also leave each thread buffers of its own (the XML parser's): made in the JIT
                    // warm-up, not in the measured load.
                    pushers = pushers(step);
                    fillJournals(fleet, pushers);
                    // Growing the fleet (new phones' boots and clients) sends the JIT back to work: settle it again.
                    warmUntilTheJitSettles(fleet, pushers);
                    warmPaced(fleet, pushers, best == 0 ? firstWarmup : 0);
                    long[] rss = new long[1];
                    int[] threads = new int[1];
                    measured = steadyLoad(fleet, pushers, rss, threads);
                    rssBusy = rss[0];
                    threadsBusy = threads[0];
                    fleet.closeClients();
                } catch (RuntimeException | OutOfMemoryError e) {
                    // A fleet that outgrows the JVM or the OS (threads, file descriptors) ends the ramp, not the run.
                    stop = step + " phones failed: " + e;
                    break;
                } finally {
                    if (pushers != null) {
                        pushers.shutdownNow();
                    }
                }
                Timings t = measured.timings();
                double p99 = t.percentileMillis(99);
                if (firstStepP99 < 0) {
                    firstStepP99 = p99;
                }
                Cost now = new Cost(Math.max(0, usedHeapAfterGc() - heapBefore) / MB / step,
                        Math.max(0, rssBusy - rssBefore) / MB / step, Math.max(0, residentBytes() - rssBefore) / MB / step,
                        Math.max(0, threadsBusy - threadsBefore - step) / (double) step,
                        Math.max(0, liveThreads() - threadsBefore) / (double) step);
                progress.printf(Locale.ROOT, "  %d phones: push+screenshot %s%s; per phone %.3f MB heap, %.3f/%.3f MB"
                        + " RSS busy/idle, %.1f/%.1f threads busy/idle (load per core %.2f)%n", step, t,
                        measured.failed() == 0 ? "" : ", " + measured.failed() + " failed (first: "
                                + measured.firstFailure() + ")",
                        now.heapMb(), now.rssBusyMb(), now.rssIdleMb(), now.threadsBusy(), now.threadsIdle(),
                        Benchmark.loadPerCore());
                progress.printf(Locale.ROOT, "  %d phones: the JVM's CPU time per push+screenshot pair %.2f ms (bench and"
                        + " phones together: %d cores keep at most about %.0f phones at one pair a second)%n", step,
                        measured.cpuMsPerPair(), CORES, CORES * 1000 / Math.max(1e-6, measured.cpuMsPerPair()));
                progress.printf(Locale.ROOT, "  %d phones: that CPU by thread group: %s; the JIT compiled for %d ms"
                        + " meanwhile%n", step, measured.cpuShares(), measured.jitMs());
                measuredStep = step;
                cost = now;
                cpuPerPair = measured.cpuMsPerPair();
                if (p99 > p99Limit.toMillis() || measured.failed() > 0) {
                    stop = String.format(Locale.ROOT, "%d phones missed: p99 %.1f ms (limit %d ms), %d of %d requests"
                            + " failed", step, p99, p99Limit.toMillis(), measured.failed(), t.count());
                    break;
                }
                best = step;
            }
        }
        // The fleet is gone, but its heap, kept at its size for the steps, is not: the measurements after this one in
        // the same JVM (the faithful nightly) took 50-80 % more CPU a phone on it. One ordinary full collection gives
        // the next measurement the JVM as this one found it.
        System.gc();
        Figure phones = new Figure("virtual_phones_per_jvm", best);
        if (stop.isEmpty()) {
            phones = phones.noted(">=" + best + " (cap: every step of the ramp met the p99 limit)");
        } else {
            progress.println("  phones per JVM: ramp stopped: " + stop);
            if (outOfTime) {
                // no step missed: the next one was never tried, so this is a lower bound like the cap
                phones = phones.noted(">=" + best + " (the ramp's time budget ran out: " + stop + ")");
            }
        }
        String at = measuredStep == 0 ? "no step measured" : "at " + measuredStep + " phones, the last step measured";
        return List.of(phones, new Figure("heap_mb_per_phone", cost.heapMb(), at),
                new Figure("cpu_ms_per_push_and_screenshot", cpuPerPair, at),
                new Figure("rss_mb_per_phone_busy", cost.rssBusyMb(), at),
                new Figure("rss_mb_per_phone_idle", cost.rssIdleMb(), at),
                new Figure("threads_per_phone_busy", cost.threadsBusy(), at),
                new Figure("threads_per_phone_idle", cost.threadsIdle(), at),
                new Figure("fleet_first_step_p99_ms", Math.max(0, firstStepP99)));
    }

    /**
     * Every request's latency (a failed one counts with the time it took to fail), the failures, the JVM's CPU time
     * per pair, its shares by thread group, and how long the JIT compiled meanwhile.
     */
    private record Load(Timings timings, int failed, String firstFailure, double cpuMsPerPair, String cpuShares,
            long jitMs) {
    }

    /**
     * One task per phone on {@code pushers}, {@code rounds} times a push and a screenshot each; all start together.
     * {@code rss} and {@code threads} get the resident memory and live threads seen while the load ran (sampled once
     * every task has started).
     */
    private Load load(VirtualPhoneFleet fleet, ExecutorService pushers, int rounds, long[] rss, int[] threads) {
        int phones = fleet.size();
        CountDownLatch running = new CountDownLatch(phones);
        ConcurrentLinkedQueue<RuntimeException> failures = new ConcurrentLinkedQueue<>();
        // The snapshot reads every thread's CPU time (thousands of threads at a large step): the bench's own
        // bookkeeping, so it is taken before the CPU window opens, not counted as the phones' cost.
        CpuByThreadGroup threadsBefore = CpuByThreadGroup.snapshot();
        long jitBefore = jitMillis();
        long cpuStart = ProcessCpu.nanos();
        try {
            List<Future<long[]>> mine = new ArrayList<>();
            for (int i = 0; i < phones; i++) {
                int phone = i;
                mine.add(pushers.submit(() -> {
                    running.countDown();
                    running.await();
                    long first = System.nanoTime() + PACE.toNanos() * phone / phones;
                    long[] latencies = new long[rounds * 2];
                    for (int round = 0, k = 0; round < rounds; round++) {
                        long due = first + round * PACE.toNanos();
                        for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
                            LockSupport.parkNanos(left);
                        }
                        // a new text each round, so each screenshot is drawn afresh, as a test's would be
                        CiscoIPPhoneText text = new CiscoIPPhoneText("Fleet", "load", "Phones per JVM: phone " + phone
                                + ", round " + round);
                        latencies[k++] = timed(() -> fleet.client(phone).push(text), failures);
                        latencies[k++] = timed(() -> fleet.client(phone).screenshot(), failures);
                    }
                    return latencies;
                }));
            }
            long deadline = System.nanoTime() + PACE.toNanos() * (rounds + 1) + TimeUnit.SECONDS.toNanos(30);
            if (running.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                rss[0] = residentBytes();
                threads[0] = liveThreads();
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> share : mine) {
                all.add(await(share, deadline, "requests to " + phones + " phones"));
            }
            Timings timings = Timings.of(all.stream().flatMapToLong(Arrays::stream).toArray());
            double cpuMs = (ProcessCpu.nanos() - cpuStart) / 1e6;
            return new Load(timings, failures.size(), failures.isEmpty() ? "" : String.valueOf(failures.peek()),
                    cpuMs / Math.max(1, timings.count() / 2), CpuByThreadGroup.snapshot().sharesSince(threadsBefore, 4),
                    jitMillis() - jitBefore);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchInfrastructureException("phones per JVM: interrupted", e);
        }
    }

    /**
     * The step's measured load, taken again (at most {@link #MEASURES} times in all) when the fleet was not in its
     * steady state while it ran: the JIT compiled for {@link #JIT_SETTLED} of it or more (seconds of C2 after a quiet
     * warm-up, once in five ramps, and a pair's CPU four times its own), or the heap grew (the load paid for faulting
     * the new memory in: a 1,000-phone step's p99 read 34.8 ms, max 186 ms, where the others read 0.5 ms). Those are
     * what the warm-ups wait out. They are judged on the JIT's time and the heap's size, never on the latencies; each
     * retake is printed, and the last load is kept whatever it shows.
     */
    private Load steadyLoad(VirtualPhoneFleet fleet, ExecutorService pushers, long[] rss, int[] threads) {
        long quiet = (long) (rounds * PACE.toMillis() * JIT_SETTLED);
        for (int attempt = 1; ; attempt++) {
            HeapSettling heap = new HeapSettling();
            Load load = load(fleet, pushers, rounds, rss, threads);
            boolean compiling = load.jitMs() >= quiet;
            boolean grew = heap.grew();
            if ((!compiling && !grew) || attempt == MEASURES) {
                return load;
            }
            progress.printf(Locale.ROOT, "  %d phones: measured again, as during that load %s (p99 %.1f ms then)%n",
                    fleet.size(), compiling ? "the JIT compiled for " + load.jitMs() + " ms"
                            : "the heap grew " + heap.grownMb() + " MB", load.timings().percentileMillis(99));
        }
    }

    /**
     * Paced loads, the measurement's own, until the JIT compiles for less than {@link #JIT_SETTLED} of one (and at
     * least {@code requests} were made), or the plan's cap has passed. Back-to-back load settles the JIT for
     * back-to-back load only: with one paced load before it, the measured one still compiled for 1.2 s of its 2 s
     * (other branches, other threads' first runs) at 1,000 phones, a third of the CPU the step then reported.
     * Also until the heap has settled ({@link HeapSettling}). Failures here are not the step's.
     */
    private void warmPaced(VirtualPhoneFleet fleet, ExecutorService pushers, int requests) {
        HeapSettling heap = new HeapSettling();
        long started = System.nanoTime();
        long cap = started + jitCap.toNanos();
        long quiet = (long) (WARM_ROUNDS * PACE.toMillis() * JIT_SETTLED);
        int loads = 0;
        int made = 0;
        Load warm;
        boolean settled;
        do {
            warm = load(fleet, pushers, WARM_ROUNDS, new long[1], new int[1]);
            loads++;
            made += warm.timings().count();
            if (loads == 1) {
                // The back-to-back warm-up had a request in flight on every phone at once, and a young collection
                // then promotes them all: hundreds of MB that stay in the old generation, keeping young objects
                // alive and their cards scanned at every pause (16-18 ms of each), until a full collection. The
                // first paced load starts threads of its own (500 phone server threads at 2,000 phones), whose
                // first requests build their parser buffers, promoted in 200-250 MB at the next young pause. A
                // paced fleet has done both long before: one full collection after that load, heap kept.
                usedHeapAfterGc();
            }
            settled = heap.settled();
            // at least one load after that collection, so the measured one never starts right after it
        } while ((loads < 2 || made < requests || warm.jitMs() >= quiet || !settled) && System.nanoTime() - cap < 0);
        boolean quietJit = warm.jitMs() < quiet;
        progress.printf(Locale.ROOT, "  paced warm-up: %d loads of %d rounds in %.1f s, %s (the JIT compiled for %d ms"
                + " in the last; the heap grew %d MB meanwhile)%n", loads, WARM_ROUNDS,
                (System.nanoTime() - started) / 1e9,
                quietJit && settled ? "until the JIT was quiet and the heap settled" : "stopped at the cap, the "
                        + (quietJit ? "heap not yet used through since it grew" : "JIT still compiling"),
                warm.jitMs(), heap.grownMb());
    }

    /**
     * Before each step is measured: pushes and screenshots back to back on every phone, in windows of the plan's
     * length, each followed by a pause until the JIT's queue has drained, until the JIT compiles for less than
     * {@link #JIT_SETTLED} of a window (or the plan's cap has passed). The figure is a fleet JVM's steady state, as in
     * a night-long run: measured on a cold JIT, the first steps paid for a minute of C2 compilation (a third of the
     * CPU, 45 s in) and the ramp stopped where the JIT, not the phones, ran out of cores. The pause is needed because
     * back-to-back load starves the compiler threads: windows finished almost no compilation while thousands queued,
     * and the paced steps then ran beside ten seconds of C2. What the warm-up took is printed beside the figures.
     */
    private void warmUntilTheJitSettles(VirtualPhoneFleet fleet, ExecutorService pushers) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            progress.println("  warm-up: this JVM does not report JIT time; only the paced warm-up runs");
            return;
        }
        long started = System.nanoTime();
        long cap = started + jitCap.toNanos();
        long pairs = 0;
        long compiled;
        long drainedNanos = 0;
        int queued = 0;
        boolean settled;
        do {
            long before = jit.getTotalCompilationTime();
            pairs += backToBack(fleet, pushers, System.nanoTime() + jitWindow.toNanos(), phone -> true, "warm-up");
            long drainStart = System.nanoTime();
            queued = drainCompileQueue(cap);
            drainedNanos = System.nanoTime() - drainStart;
            compiled = jit.getTotalCompilationTime() - before;
            settled = queued <= 0 && compiled < jitWindow.toMillis() * JIT_SETTLED;
        } while (!settled && System.nanoTime() - cap < 0);
        progress.printf(Locale.ROOT, "  warm-up: %d push+screenshot pairs back to back on %d phones in %.1f s, %s"
                + " (the JIT compiled for %d ms in the last %d ms window and the %.1f s after it%s)%n", pairs,
                fleet.size(), (System.nanoTime() - started) / 1e9, settled ? "until the JIT settled"
                        : "stopped at the cap, the JIT still compiling", compiled, jitWindow.toMillis(),
                drainedNanos / 1e9, queued > 0 ? ", " + queued + " compilations still queued" : queued < 0
                        ? "; this JVM does not list its compile queue" : "");
    }

    /**
     * With the phones idle, waits in steps of {@link #QUEUE_POLL} until the JIT has no compilation queued or running,
     * or until {@code cap}; returns how many are left (0 when drained, -1 when the JVM cannot tell).
     */
    private static int drainCompileQueue(long cap) {
        OptionalInt pending = CompileQueue.pending();
        while (pending.isPresent() && pending.getAsInt() > 0 && System.nanoTime() - cap < 0) {
            LockSupport.parkNanos(Math.min(QUEUE_POLL.toNanos(), Math.max(1, cap - System.nanoTime())));
            pending = CompileQueue.pending();
        }
        return pending.orElse(-1);
    }

    /**
     * Pairs back to back on every phone that has served fewer requests than its journal keeps
     * ({@link VirtualPhone#REQUESTS_KEPT}), until it has. A phone that has run for a while has a full journal, which
     * takes each new request into an entry it already holds; one still filling makes a long-lived entry a request,
     * and every young pause copies those (30-60 MB a pause at 2,000 phones, up to a third of the pause). That is a
     * fleet's first minute, not its steady state. Time windows do not fill them: back to back, the OS serves a
     * thousand pushers unevenly, and a step began with some phones' journals at a handful of requests, 41 on average.
     */
    private void fillJournals(VirtualPhoneFleet fleet, ExecutorService pushers) {
        long started = System.nanoTime();
        IntPredicate filling = phone -> fleet.phone(phone).requestsReceived() < VirtualPhone.REQUESTS_KEPT;
        long total = backToBack(fleet, pushers, started + jitCap.toNanos(), filling, "journal");
        long unfilled = IntStream.range(0, fleet.size()).filter(filling).count();
        progress.printf(Locale.ROOT, "  journals: %d push+screenshot pairs back to back in %.1f s, until every phone"
                + " had served the %d requests its journal keeps%s%n", total, (System.nanoTime() - started) / 1e9,
                VirtualPhone.REQUESTS_KEPT, unfilled == 0 ? "" : " (" + unfilled + " phones still short at the cap)");
    }

    /** One push and one screenshot on {@code phone}; a failure is not a measurement and is let go. */
    private static void pair(VirtualPhoneFleet fleet, int phone, String what, long n) {
        try {
            fleet.client(phone).push(new CiscoIPPhoneText("Fleet", what, "Phones per JVM: phone " + phone + ", pair "
                    + n));
            fleet.client(phone).screenshot();
        } catch (RuntimeException e) {
            // a warm-up failure is not a measurement; the measured steps count theirs
        }
    }

    /**
     * Every phone's pusher does pairs back to back while {@code more} holds for its phone, until {@code end} (a
     * {@link System#nanoTime()}); returns the pairs done (failed ones too). {@code what} labels the pushed texts.
     */
    private static long backToBack(VirtualPhoneFleet fleet, ExecutorService pushers, long end, IntPredicate more,
            String what) {
        int phones = fleet.size();
        List<Future<Long>> done = new ArrayList<>();
        for (int i = 0; i < phones; i++) {
            int phone = i;
            done.add(pushers.submit(() -> {
                long pairs = 0;
                while (System.nanoTime() - end < 0 && more.test(phone)) {
                    pair(fleet, phone, what, pairs++);
                }
                return pairs;
            }));
        }
        long total = 0;
        long deadline = end + TimeUnit.SECONDS.toNanos(30);
        for (Future<Long> share : done) {
            total += await(share, deadline, "the " + what + " pairs on " + phones + " phones");
        }
        return total;
    }

    /** Milliseconds the JIT has compiled for since the JVM started; 0 where the JVM does not say. */
    private static long jitMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /** Nanoseconds one request took, failed or not; a failure is kept for the report. */
    private static long timed(Runnable request, ConcurrentLinkedQueue<RuntimeException> failures) {
        long start = System.nanoTime();
        try {
            request.run();
        } catch (RuntimeException e) {
            failures.add(e);
        }
        return System.nanoTime() - start;
    }

    /** One bench thread per phone. */
    private static ExecutorService pushers(int phones) {
        return Executors.newFixedThreadPool(phones, r -> {
            Thread t = new Thread(r, "benchmark-pusher");
            t.setDaemon(true);
            return t;
        });
    }

    /** A pusher's share of the work, by the deadline; {@code what} names the work when it is late. */
    private static <T> T await(Future<T> share, long deadline, String what) {
        try {
            return share.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new BenchInfrastructureException("phones per JVM: " + what + " did not finish in time");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new BenchInfrastructureException("phones per JVM: a request failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchInfrastructureException("phones per JVM: interrupted", e);
        }
    }

    /**
     * The live heap, after full collections that leave the heap its size. G1 shrinks the heap after a full collection
     * (to {@code MaxHeapFreeRatio} free): measuring each step that way left the next step's fleet a heap of 0.7-1.1 GB
     * instead of the 1.5-2.9 GB it had grown to, and whether G1 grew it back before the load was measured decided the
     * step, one young pause a second instead of one in two to four. A fleet JVM nobody collects by hand keeps its
     * heap, so the measurement's collections do too, where the JVM allows it.
     */
    private static long usedHeapAfterGc() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String kept = null;
        try {
            kept = vm.getVMOption(MAX_FREE).getValue();
            vm.setVMOption(MAX_FREE, "100");
        } catch (IllegalArgumentException | UnsupportedOperationException | SecurityException e) {
            kept = null;   // a JVM without the flag: its heap may shrink, as any collection's may
        }
        try {
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        } finally {
            if (kept != null) {
                vm.setVMOption(MAX_FREE, kept);
            }
        }
    }

    /** Resident set size from /proc/self/status (Linux); 0 where there is none, so the RSS figures read 0. */
    private static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: no RSS figure
        }
        return 0;
    }

    private static int liveThreads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }
}
