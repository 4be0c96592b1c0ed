package io.phonebench.bench.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.lab.RigSession;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.PhoneState;
import io.phonebench.bench.rig.Rig;
import io.phonebench.bench.rig.RigFile;
import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.emulator.virtual.VirtualPhone;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A run whose PostgreSQL lease is lost mid-run (the network to the database drops, and the server ends the session
 * and its advisory lock: another run may take the phone now) stops driving that phone. Its next test is BROKEN with
 * "lease lost", every later one too, and the phone sees no request from this run again.
 */
@ExtendWith(SharedPostgres.class)
class LeaseLostMidRunTest {
    private static final LeaseTerms NO_WAIT = new LeaseTerms(Duration.ofMinutes(5), Duration.ZERO,
            Duration.ofSeconds(30));
    private static final String PHONE = "desk-7941";

    static SharedPostgres.Database postgres;

    @BeforeAll
    static void database(SharedPostgres.Database database) {
        postgres = database;
    }

    @Test
    void aPhoneWhoseLeaseWasLostIsBrokenAndNeverDrivenAgain() throws Exception {
        Rig rig = RigFile.load(virtualRig());
        ByteArrayOutputStream notices = new ByteArrayOutputStream();
        try (TcpCut cable = new TcpCut(postgres.port());
             PostgresLeaseStore store = PostgresLeaseStore.connect(postgres.url(cable.port()));
             RigSession session = RigSession.open(rig, List.of(PHONE), new PrintStream(notices, true,
                     StandardCharsets.UTF_8), store, NO_WAIT)) {
            Phone phone = session.phone(PHONE).orElseThrow();
            VirtualPhone virtual = session.virtualPhone(PHONE).orElseThrow();
            phone.prepareForTest();   // a test runs while the lease is held

            cable.cut();
            long requestsBefore = virtual.requestsReceived();
            BenchInfrastructureException next = assertThrows(BenchInfrastructureException.class,
                    phone::prepareForTest);
            BenchInfrastructureException later = assertThrows(BenchInfrastructureException.class,
                    phone::prepareForTest);

            assertTrue(next.getMessage().contains("lease lost"), next.getMessage());
            assertTrue(later.getMessage().contains("is broken") && later.getMessage().contains("lease lost"),
                    later.getMessage());
            assertEquals(PhoneState.BROKEN, phone.strategy().state());
            assertTrue(phone.strategy().leaseLost());
            assertEquals(requestsBefore, virtual.requestsReceived(),
                    "the phone was driven after its lease was lost: " + virtual.requests());
        }
    }

    private static Path virtualRig() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("rigs/virtual.yaml"))) {
                return d.resolve("rigs/virtual.yaml");
            }
        }
        throw new IllegalStateException("rigs/virtual.yaml not found above " + Path.of("").toAbsolutePath());
    }
}
