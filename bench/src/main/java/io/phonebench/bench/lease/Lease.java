package io.phonebench.bench.lease;

import io.phonebench.drivers.BenchInfrastructureException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exclusive use of a rig or of named phones while open. A heartbeat renews the expiry; closing releases it, and so
 * does a JVM shutdown hook on Ctrl-C or SIGTERM. If the heartbeat finds the lease taken over (this bench was stalled
 * past its expiry), the lease is lost and {@link #verifyHeld()} says so.
 */
public final class Lease implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Lease.class);

    private final LeaseBackend directory;
    private final List<LeaseRecord> records;
    private final LeaseTerms terms;
    private final ScheduledExecutorService heartbeat;
    private final Thread shutdownHook;
    private volatile boolean lost;
    private volatile boolean closed;

    Lease(LeaseBackend directory, List<LeaseRecord> records, LeaseTerms terms) {
        this.directory = directory;
        this.records = List.copyOf(records);
        this.terms = terms;
        // JVM shutdown hooks run side by side: the files this hook releases are released by this bench, so a worker
        // checking its lease meanwhile must see a closed lease, not a lost one (BROKEN at SIGTERM otherwise)
        this.shutdownHook = new Thread(() -> {
            closed = true;
            releaseFiles();
        }, "lease-release-" + resources());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        if (terms.heartbeat().isZero()) {
            heartbeat = null;
        } else {
            heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "lease-heartbeat");
                t.setDaemon(true);
                return t;
            });
            long every = terms.heartbeat().toMillis();
            heartbeat.scheduleAtFixedRate(this::renew, every, every, TimeUnit.MILLISECONDS);
        }
    }

    public List<String> resources() {
        return records.stream().map(LeaseRecord::resource).toList();
    }

    public List<LeaseRecord> records() {
        return records;
    }

    /** Whether every lease file is still ours. */
    public boolean isHeld() {
        return !closed && !lost && records.stream().allMatch(directory::holds);
    }

    /**
     * @throws BenchInfrastructureException "lease lost" when the lease lapsed or was taken over; a lease this bench
     *                                      released itself passes (its session is ending, nothing was lost)
     */
    public void verifyHeld() {
        verifyHeld(records);
    }

    /**
     * As {@link #verifyHeld()} for the records of {@code resources} only: what one phone's test needs. Checking the
     * whole rig's lease before each test of each phone read every phone's lease file per test, under one lock:
     * N x N reads for a run on N phones.
     */
    public void verifyHeld(java.util.Collection<String> resources) {
        verifyHeld(records.stream().filter(r -> resources.contains(r.resource())).toList());
    }

    private void verifyHeld(List<LeaseRecord> which) {
        // a lease released by this bench (closed) is not lost, whenever the close happened relative to this check
        boolean held = !lost && which.stream().allMatch(directory::holds);
        if (!held && !closed) {
            lost = true;
            throw new BenchInfrastructureException("lease lost on " + which.stream().map(LeaseRecord::resource)
                    .toList() + ": expected to hold them in " + directory.describe() + ", but they expired, were"
                    + " taken over or the store was unreachable");
        }
    }

    /** Extends every record's expiry by the ttl, now; the heartbeat calls this. */
    public void renew() {
        if (closed || lost) {
            return;
        }
        try {
            for (LeaseRecord record : records) {
                if (!directory.renew(record, terms.ttl())) {
                    lost = true;
                    LOG.error("lease on {} lost: taken over by another bench, or {} lost our session", record.resource(),
                            directory.describe());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("lease heartbeat failed for {}; will retry", resources(), e);
        }
    }

    /** Releases the lease; calling it again does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down; the hook releases the files
        }
        releaseFiles();
    }

    private void releaseFiles() {
        for (LeaseRecord record : records) {
            try {
                directory.release(record);
            } catch (RuntimeException e) {
                LOG.warn("could not release lease {}", record.resource(), e);
            }
        }
    }

    @Override
    public String toString() {
        return "Lease" + resources() + (closed ? " (released)" : lost ? " (lost)" : "");
    }
}
