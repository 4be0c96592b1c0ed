package io.phonebench.bench.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.lease.LeaseTerms;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.PhoneState;
import io.phonebench.bench.phone.RecoveryListener;
import io.phonebench.bench.rig.RigFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's session brings each phone up on its own: the tests of a phone that is READY start while another phone of
 * the rig is still failing its health check. Here that phone serves malformed device pages, so the bench polls it
 * for its whole boot deadline (11 s) before even the recovery; the healthy phone is READY long before.
 */
class PerPhoneBringUpTest {

    @Test
    void aReadyPhoneDoesNotWaitForAnotherPhonesHealthCheck(@TempDir Path dir) throws Exception {
        Path rig = Files.writeString(dir.resolve("two.yaml"), """
                name: two
                credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                serviceHost: { bind: 127.0.0.1, port: 0 }
                phones:
                  - { name: healthy-7970, model: CP-7970G, address: 127.0.7.51, port: 0, emulated: { profile: faithful } }
                  - { name: pages-7941, model: CP-7941G, address: 127.0.7.52, port: 0, emulated: { profile: malformed-device-pages } }
                """);
        ByteArrayOutputStream notices = new ByteArrayOutputStream();

        try (RigSession session = RigSession.start(RigFile.load(rig), List.of(),
                new PrintStream(notices, true, StandardCharsets.UTF_8), LeaseTerms.waiting(Duration.ofSeconds(30)),
                RecoveryListener.NONE)) {
            Phone healthy = session.phone("healthy-7970").orElseThrow();
            Phone pages = session.phone("pages-7941").orElseThrow();

            session.awaitBroughtUp(healthy);

            assertEquals(PhoneState.READY, healthy.strategy().state());
            assertNotEquals(PhoneState.BROKEN, pages.strategy().state(),
                    "the other phone's health check (11 s of polling, then a recovery) is still running");
            String printed = notices.toString(StandardCharsets.UTF_8);
            assertTrue(printed.contains("healthy-7970") && printed.contains("READY"), printed);
            assertTrue(!printed.contains("pages-7941"), "nothing said of the other phone yet: " + printed);
        }
    }
}
