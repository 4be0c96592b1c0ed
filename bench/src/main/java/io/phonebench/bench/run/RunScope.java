package io.phonebench.bench.run;

import io.phonebench.bench.phone.RecoveryListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the per-phone workers of one suite run share, above all the rig session: each worker is its own launcher
 * execution, with its own root store, so the one session of the run is kept here, found by the run's id (a
 * configuration parameter), opened by the first worker that asks and closed by {@link SuiteRun} when every worker
 * is done. A session that failed to open fails every worker the same way, without a second attempt.
 */
public final class RunScope implements AutoCloseable {
    /** Configuration parameter naming the run's scope. */
    public static final String PARAMETER = "phonebench.runScope";
    private static final Logger LOG = LoggerFactory.getLogger(RunScope.class);
    private static final Map<String, RunScope> OPEN = new ConcurrentHashMap<>();

    private final String id;
    private final RecoveryListener recoveries;
    private final Map<Class<?>, Object> values = new LinkedHashMap<>();
    private final Map<Class<?>, RuntimeException> failures = new LinkedHashMap<>();

    private RunScope(String id, RecoveryListener recoveries) {
        this.id = id;
        this.recoveries = recoveries;
    }

    /** @param recoveries where the run's session reports recoveries and broken phones (the run summary's ledger) */
    static RunScope open(RecoveryListener recoveries) {
        RunScope scope = new RunScope(java.util.UUID.randomUUID().toString(), recoveries);
        OPEN.put(scope.id, scope);
        return scope;
    }

    String id() {
        return id;
    }

    /** Where the session of this run reports each recovery and broken phone. */
    public RecoveryListener recoveries() {
        return recoveries;
    }

    /** The scope a launcher execution belongs to, if it is one of a run's workers. */
    public static Optional<RunScope> of(String id) {
        return Optional.ofNullable(OPEN.get(id));
    }

    /** The run's value of {@code type}, created by the first caller; later callers wait for it, or for its failure. */
    public synchronized <T extends AutoCloseable> T computeIfAbsent(Class<T> type, Supplier<T> create) {
        RuntimeException failed = failures.get(type);
        if (failed != null) {
            throw failed;
        }
        Object value = values.get(type);
        if (value == null) {
            try {
                value = create.get();
            } catch (RuntimeException e) {
                failures.put(type, e);
                throw e;
            }
            values.put(type, value);
        }
        return type.cast(value);
    }

    /** Closes what the workers created, newest first. */
    @Override
    public void close() {
        OPEN.remove(id);
        List<Object> created;
        synchronized (this) {
            created = new ArrayList<>(values.values());
            values.clear();
        }
        java.util.Collections.reverse(created);
        for (Object value : created) {
            try {
                ((AutoCloseable) value).close();
            } catch (Exception e) {
                LOG.warn("closing {} at the end of the run failed", value, e);
            }
        }
    }
}
