package io.phonebench.bench.rig;

import java.util.Optional;

/**
 * Where a rig's leases live ({@code leases:} in the rig file): the local lease directory, or a PostgreSQL database
 * shared by a lab's controller hosts.
 *
 * @param store       {@code directory} or {@code postgresql}
 * @param databaseUrl the database's URL for {@code postgresql}; empty: {@code $PHONEBENCH_LEASE_DB}
 */
public record LeaseSpec(String store, Optional<String> databaseUrl) {
    public static final LeaseSpec DIRECTORY = new LeaseSpec("directory", Optional.empty());

    public boolean shared() {
        return store.equals("postgresql");
    }

    /** The URL may carry a password: never printed. */
    @Override
    public String toString() {
        return "LeaseSpec[" + store + (databaseUrl.isPresent() ? ", url set" : "") + "]";
    }
}
