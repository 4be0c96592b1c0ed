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
 * A rig whose relay board never answers (rig {@code fault: silent}, a simulated Numato board on a real pty): the
 * session still opens, and the phone behind it is BROKEN with a reason naming the board and channel.
 */
class SilentRelayBoardTest {

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
}
