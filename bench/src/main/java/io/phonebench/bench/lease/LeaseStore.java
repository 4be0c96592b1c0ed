package io.phonebench.bench.lease;

import io.phonebench.bench.rig.RigConfigurationException;
import java.util.List;
import java.util.Optional;

/**
 * Where leases live. Keys are opaque strings chosen by the caller (a phone, a relay channel, a console port).
 * {@link LeaseDirectory} keeps them as files on one host (the default); {@link PostgresLeaseStore} shares them
 * between the controller hosts and engineers' desks of a lab.
 */
public interface LeaseStore extends AutoCloseable {
    /** The environment variable that names a PostgreSQL lease database (a JDBC or postgresql:// URL). */
    String DATABASE_VARIABLE = "PHONEBENCH_LEASE_DB";

    /**
     * Leases all {@code keys} or none, waiting up to {@code terms.maxWait()} for busy ones.
     *
     * @throws io.phonebench.drivers.BenchInfrastructureException naming the holder when a key stays busy
     */
    Lease acquire(List<String> keys, LeaseTerms terms);

    default Lease acquire(String key, LeaseTerms terms) {
        return acquire(List.of(key), terms);
    }

    /** The current record of {@code key}, live or stale. */
    Optional<LeaseRecord> holder(String key);

    /** Every record the store knows, live or stale, for {@code phonebench leases}. */
    List<LeaseRecord> holders();

    /** Whether a record no longer stops anyone: expired, or its holder is gone. */
    boolean stale(LeaseRecord record);

    String describe();

    @Override
    default void close() {
    }

    /**
     * The store a run uses: a PostgreSQL URL from the rig file or {@code $PHONEBENCH_LEASE_DB}, else the local
     * lease directory ({@code $PHONEBENCH_LEASE_DIR} or {@code ~/.phonebench/leases}).
     */
    static LeaseStore of(io.phonebench.bench.rig.LeaseSpec spec) {
        if (spec.shared() && spec.databaseUrl().isEmpty()
                && Optional.ofNullable(System.getenv(DATABASE_VARIABLE)).filter(u -> !u.isBlank()).isEmpty()) {
            throw new RigConfigurationException("leases: store: postgresql needs a url: write url: \"${"
                    + DATABASE_VARIABLE + "}\" and set " + DATABASE_VARIABLE + " to jdbc:postgresql://HOST/DB");
        }
        return standard(spec.databaseUrl());
    }

    static LeaseStore standard(Optional<String> databaseUrl) {
        Optional<String> url = databaseUrl.filter(u -> !u.isBlank())
                .or(() -> Optional.ofNullable(System.getenv(DATABASE_VARIABLE)).filter(u -> !u.isBlank()));
        if (url.isEmpty()) {
            return LeaseDirectory.standard();
        }
        if (!PostgresLeaseStore.accepts(url.get())) {
            throw new RigConfigurationException("lease database " + PostgresLeaseStore.redact(url.get())
                    + ": expected jdbc:postgresql://HOST[:PORT]/DB or postgresql://USER@HOST/DB");
        }
        return PostgresLeaseStore.connect(url.get());
    }
}
