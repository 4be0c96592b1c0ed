package io.phonebench.bench.benchmark;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.phone.PhoneClient;
import io.phonebench.emulator.virtual.FirmwareProfile;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code parallel_ratio_N}: wall time of a nightly-like slice (push, device page, screenshot) on N realistic-timing
 * phones driven at once, over the same slice on one phone. Latency-bound like a lab, so the ideal is 1.0: anything
 * above it is the bench failing to overlap phones (shared locks, pools, CPU).
 */
final class ParallelPhones {
    private static final int ADDRESS_BLOCK = 212;
    private static final long ROUND_TIMEOUT_SECONDS = 60;

    private final List<Integer> fleetSizes;
    private final int rounds;

    ParallelPhones(BenchmarkPlan.Parallel plan) {
        this(plan.sizes(), plan.rounds());
    }

    ParallelPhones(List<Integer> fleetSizes, int rounds) {
        if (fleetSizes.isEmpty() || fleetSizes.stream().anyMatch(n -> n < 2) || rounds < 1) {
            throw new IllegalArgumentException("parallel phones: expected fleet sizes >= 2 and rounds >= 1, saw "
                    + fleetSizes + ", " + rounds);
        }
        this.fleetSizes = List.copyOf(fleetSizes);
        this.rounds = rounds;
    }

    List<Figure> measure() {
        int largest = fleetSizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
        ExecutorService drivers = Executors.newFixedThreadPool(largest, r -> {
            Thread t = new Thread(r, "benchmark-driver");
            t.setDaemon(true);
            return t;
        });
        try (VirtualPhoneFleet fleet = new VirtualPhoneFleet(ADDRESS_BLOCK,
                FirmwareProfile.named("realistic-timing"))) {
            fleet.growTo(largest);
            slice(fleet, largest, drivers);   // warm-up: connections, class loading, executor threads
            double single = medianWall(fleet, 1, drivers);
            List<Figure> figures = new ArrayList<>();
            figures.add(new Figure("parallel_single_phone_ms", single / 1e6));
            for (int n : fleetSizes) {
                figures.add(new Figure("parallel_ratio_" + n, medianWall(fleet, n, drivers) / single));
            }
            return figures;
        } finally {
            drivers.shutdownNow();
        }
    }

    private double medianWall(VirtualPhoneFleet fleet, int phones, ExecutorService drivers) {
        long[] walls = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            walls[r] = slice(fleet, phones, drivers);
        }
        return Timings.of(walls).medianNanos();
    }

    /** Runs the slice on the first {@code phones} phones at once; returns the wall time until the last finished. */
    private static long slice(VirtualPhoneFleet fleet, int phones, ExecutorService drivers) {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < phones; i++) {
            PhoneClient client = fleet.client(i);
            running.add(drivers.submit(() -> {
                go.await();
                work(client);
                return null;
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        long deadline = start + TimeUnit.SECONDS.toNanos(ROUND_TIMEOUT_SECONDS);
        for (Future<?> f : running) {
            await(f, deadline, phones);
        }
        return System.nanoTime() - start;
    }

    private static void work(PhoneClient client) {
        client.push(new CiscoIPPhoneText("Nightly", "parallel", "One slice of a nightly run"));
        client.deviceInformation();
        client.screenshot();
    }

    private static void await(Future<?> f, long deadline, int phones) {
        try {
            f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new BenchInfrastructureException("parallel benchmark: expected " + phones + " phones to finish a"
                    + " slice within " + ROUND_TIMEOUT_SECONDS + " s, some did not");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new BenchInfrastructureException("parallel benchmark: a phone's slice failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchInfrastructureException("parallel benchmark: interrupted", e);
        }
    }
}
