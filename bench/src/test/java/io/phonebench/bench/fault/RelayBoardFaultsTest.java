package io.phonebench.bench.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.lab.RigSession;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.PhoneState;
import io.phonebench.bench.rig.RigFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relay board faults on simulated Numato boards on real ptys: a board that never answers (rig {@code fault: silent})
 * or answers with a wrong checksum leaves its phone BROKEN with a reason naming board and channel, while the session
 * still opens; a port that disappears and returns lets the recovery power cycle succeed.
 */
class RelayBoardFaultsTest {

    @Test
    void phoneBehindSilentBoardIsBrokenNamingBoardAndChannel(@TempDir Path dir) throws Exception {
        Path rigFile = dir.resolve("silent.yaml");
        Files.writeString(rigFile, """
                name: silent-board
                credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                serviceHost: { bind: 127.0.0.1, port: 0 }
                power:
                  quiet: { type: simulated-numato, channels: 2, fault: silent }
                phones:
                  - name: silent-8861
                    model: CP-8861
                    address: 127.0.9.2
                    port: 0
                    emulated: { profile: faithful }
                    power: { switch: quiet, channel: 2 }
                """);
        ByteArrayOutputStream notices = new ByteArrayOutputStream();

        try (RigSession session = RigSession.open(RigFile.load(rigFile), java.util.List.of(),
                new PrintStream(notices, true, StandardCharsets.UTF_8))) {
            Phone phone = session.phone("silent-8861").orElseThrow();

            assertEquals(PhoneState.BROKEN, phone.strategy().state());
            String why = phone.strategy().brokenBecause();
            assertTrue(why.contains("'quiet'") && why.contains("channel 2"), why);
            assertTrue(notices.toString(StandardCharsets.UTF_8).contains("silent-8861"), notices.toString());
        }
    }

    @Test
    void wrongChecksumBreaksPhoneNamingBoardAndChannelAndReturningPortLetsRecoverySucceed(@TempDir Path dir)
            throws Exception {
        Path rigFile = dir.resolve("noisy.yaml");
        Files.writeString(rigFile, """
                name: noisy-board
                credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                serviceHost: { bind: 127.0.0.1, port: 0 }
                power:
                  noisy: { type: simulated-numato, channels: 2 }
                phones:
                  - { name: noisy-a, model: CP-7970G, address: 127.0.9.3, emulated: { profile: faithful }, power: { switch: noisy, channel: 1 } }
                  - { name: noisy-b, model: CP-7970G, address: 127.0.9.4, emulated: { profile: faithful }, power: { switch: noisy, channel: 2 } }
                """);
        try (RigSession session = RigSession.open(RigFile.load(rigFile), java.util.List.of(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            var board = session.simulatedBoard("noisy").orElseThrow();
            Phone a = session.phone("noisy-a").orElseThrow();
            Phone b = session.phone("noisy-b").orElseThrow();
            assertEquals(PhoneState.READY, a.strategy().state());

            board.corruptAnswers(true);
            assertEquals(false, a.strategy().recover("injected: board answers with a wrong checksum"));
            String why = a.strategy().brokenBecause();
            assertTrue(why.contains("'noisy'") && why.contains("channel 1"), why);
            board.corruptAnswers(false);

            board.disappear();
            board.comeBack();
            assertTrue(b.strategy().recover("injected: relay port disappeared and returned"),
                    b.strategy().brokenBecause());
            assertEquals(PhoneState.READY, b.strategy().state());
        }
    }
}
