package io.phonebench.bench.lab;

import io.phonebench.drivers.BenchInfrastructureException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Threads for the per-phone work of a session's bring-up, health check and teardown, one per phone: that work
 * waits on boots and sockets, not on the CPU, so the common pool (cores - 1 threads) would boot a rack of 45 s
 * phones a few at a time.
 */
final class RigWorkers implements AutoCloseable {
    private final ExecutorService pool;

    RigWorkers(String rig, int phones) {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(Math.max(1, phones), r -> {
            Thread t = new Thread(r, "rig-" + rig + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code work} on every item at once and waits for all; the first failure is rethrown after. */
    <T> void forEach(List<T> items, Consumer<T> work) {
        List<Future<?>> all = new ArrayList<>();
        for (T item : items) {
            all.add(pool.submit(() -> work.accept(item)));
        }
        RuntimeException first = null;
        for (Future<?> future : all) {
            try {
                future.get();
            } catch (ExecutionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException r ? r
                        : new IllegalStateException(e.getCause());
                if (first == null) {
                    first = cause;
                } else {
                    first.addSuppressed(cause);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BenchInfrastructureException("interrupted while the rig's phones were brought up or closed",
                        e);
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
