package io.phonebench.bench.lease;

import java.time.Duration;

/** What a held {@link Lease} needs from the store that granted it: check, renew and release its records. */
interface LeaseBackend {
    /** Whether the record is still this holder's. */
    boolean holds(LeaseRecord record);

    /** Extends the record's expiry; false when it is no longer ours (taken over, or the store lost our session). */
    boolean renew(LeaseRecord record, Duration ttl);

    void release(LeaseRecord record);

    /** Where leases live, for messages: a directory or a database. */
    String describe();
}
