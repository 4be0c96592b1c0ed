package io.phonebench.bench.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
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
 * for its whole boot deadline (11 s) before even the recovery; the healthy phone is READY long before. Closing the
 * session meanwhile stops that bring-up rather than waiting for it.
 */
class PerPhoneBringUpTest {
    /** Far below the 22 s the unfinished bring-up would still take, far above what closing takes. */
    private static final Duration CLOSE_BOUND = Duration.ofSeconds(15);
    /** Far below the 11 s the other phone's health check polls before anything changes. */
    private static final Duration STATE_BOUND = Duration.ofSeconds(5);

    @Test
    void aReadyPhoneDoesNotWaitForAnotherPhonesHealthCheck(@TempDir Path dir) throws Exception {
        Path rig = Files.writeString(dir.resolve("two.yaml"), """
                name: two
                credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                serviceHost: { bind: 127.0.0.1, port: 0 }
                power:
                  board1: { type: simulated-lcus, channels: 2 }
                phones:
                  - name: healthy-7970
                    model: CP-7970G
                    address: 127.0.7.51
                    port: 0
                    emulated: { profile: faithful }
                    power: { switch: board1, channel: 1 }
                  - name: pages-7941
                    model: CP-7941G
                    address: 127.0.7.52
                    port: 0
                    emulated: { profile: malformed-device-pages }
                    power: { switch: board1, channel: 2 }
                """);
        ByteArrayOutputStream notices = new ByteArrayOutputStream();
        RigSession session = RigSession.start(RigFile.load(rig), List.of(),
                new PrintStream(notices, true, StandardCharsets.UTF_8), LeaseTerms.waiting(Duration.ofSeconds(30)),
                RecoveryListener.NONE);
        try {
            Phone healthy = session.phone("healthy-7970").orElseThrow();

            session.awaitBroughtUp(healthy);

            assertEquals(PhoneState.READY, healthy.strategy().state());
            Phone pages = session.phone("pages-7941").orElseThrow();
            PhoneState meanwhile = assertTimeoutPreemptively(STATE_BOUND, () -> pages.strategy().state(),
                    "asking a phone's state waited for its bring-up to end");
            assertNotEquals(PhoneState.READY, meanwhile);
            assertNotEquals(PhoneState.BROKEN, meanwhile);
            // the health check prints each phone's line when that phone's bring-up ends
            String printed = notices.toString(StandardCharsets.UTF_8);
            assertTrue(printed.contains("healthy-7970") && printed.contains("READY"), printed);
            assertFalse(printed.contains("pages-7941"), "the other phone's health check (11 s of polling, then a"
                    + " recovery) is still running, nothing said of it yet: " + printed);
        } finally {
            // Closing stops the bring-up still polling pages-7941 (it would poll 11 s more, recover, poll again)
            // instead of waiting for it, and says nothing of a phone whose tests will never run.
            assertTimeoutPreemptively(CLOSE_BOUND, session::close,
                    "closing waited for the other phone's bring-up");
        }
        assertFalse(notices.toString(StandardCharsets.UTF_8).contains("pages-7941"), notices.toString());
    }
}
