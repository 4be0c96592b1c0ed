package io.phonebench.bench.lab;

import io.phonebench.drivers.BenchInfrastructureException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Threads for per-phone work, one per phone: a session's bring-up, health check and teardown, and a run's phone
 * workers. That work waits on boots, sockets and timers, not on the CPU, so the common pool (cores - 1 threads)
 * would drive a rack of phones a few at a time.
 */
public final class RigWorkers implements AutoCloseable {
    private final ExecutorService pool;

    RigWorkers(String rig, int phones) {
        this("rig-" + rig, phones, true, Thread.currentThread().getContextClassLoader());
    }

    /**
     * @param threads  thread name prefix
     * @param size     how many run at once
     * @param daemon   whether the threads let the JVM exit
     * @param loader   the context class loader of every thread (a lab's suite jars for a run's workers)
     */
    public RigWorkers(String threads, int size, boolean daemon, ClassLoader loader) {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(Math.max(1, size), r -> {
            Thread t = new Thread(r, threads + "-" + n.incrementAndGet());
            t.setDaemon(daemon);
            t.setContextClassLoader(loader);
            return t;
        });
    }

    /**
     * Runs {@code work} on every item, as many at once as there are threads, and waits for all; the first failure
     * is rethrown after the others (suppressed), so no phone is left running behind the caller.
     */
    public <T> void forEach(List<T> items, Consumer<T> work) {
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
                throw new BenchInfrastructureException("interrupted while waiting for the rig's phones", e);
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Starts {@code work} on a free thread; the future completes with it, or with what it threw. */
    CompletableFuture<Void> start(Runnable work) {
        return CompletableFuture.runAsync(work, pool);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
