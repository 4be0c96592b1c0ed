package io.phonebench.bench.lease;

import java.time.Duration;

/** A second bench in its own process: takes one lease from the database, says so, and holds it until killed. */
public final class LeaseHolderProcess {
    private LeaseHolderProcess() {
    }

    public static void main(String[] args) throws Exception {
        PostgresLeaseStore store = PostgresLeaseStore.connect(args[0]);
        store.acquire(args[1], new LeaseTerms(Duration.ofMinutes(5), Duration.ZERO, Duration.ofSeconds(10)));
        System.out.println("held " + args[1]);
        System.out.flush();
        System.in.read();   // until the test kills this process (or closes its stdin)
    }
}
