package io.phonebench.bench.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.phone.ConsoleWatch;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.rig.RigFile;
import io.phonebench.emulator.virtual.FirmwareProfile;
import io.phonebench.emulator.virtual.PowerState;
import io.phonebench.emulator.virtual.VirtualPhone;
import io.phonebench.protocol.device.DeviceInformation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A virtual phone's boot and a power cycle's off time pass on its driven clock: a realistic-timing phone (45 s boot)
 * comes up at the health check and again after a power cycle, its console showing the whole boot, while every wait
 * here is bounded well below one boot time. The clocks read the wall clock again afterwards.
 */
class DrivenBootTest {
    /** Less than one realistic boot: a boot spent in wall time would miss it. */
    private static final Duration WAIT = FirmwareProfile.REALISTIC_BOOT_TIME.dividedBy(2);
    private static final Duration SLACK = Duration.ofSeconds(5);

    @Test
    void realisticBootPassesOnTheDrivenClockAtBringUpAndAfterAPowerCycle(@TempDir Path dir) throws Exception {
        Path rig = Files.writeString(dir.resolve("boot.yaml"), """
                name: boot
                credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                serviceHost: { bind: 127.0.0.1, port: 0 }
                power:
                  board1: { type: simulated-lcus, channels: 1 }
                phones:
                  - name: slow-7970
                    model: CP-7970G
                    address: 127.0.7.21
                    port: 0
                    emulated: { profile: realistic-timing }
                    power: { switch: board1, channel: 1 }
                    console: { port: simulated, baud: 115200 }
                """);
        try (RigSession session = RigSession.open(RigFile.load(rig), List.of(),
                new PrintStream(new ByteArrayOutputStream()))) {
            Phone phone = session.phone("slow-7970").orElseThrow();
            VirtualPhone device = session.virtualPhone("slow-7970").orElseThrow();
            ConsoleWatch console = phone.consoleWatch().orElseThrow();
            DeviceInformation before = phone.control().deviceInformation();
            console.skipSeen();

            phone.cyclePower();
            console.expect(Pattern.compile("power on"), WAIT);
            console.expect(Pattern.compile("Registering with CallManager"), WAIT);
            console.expect(Pattern.compile("phone ready:"), WAIT);
            DeviceInformation after = phone.control().waitUntilUp(WAIT);

            assertEquals(PowerState.READY, device.state());
            assertEquals(before.macAddress(), after.macAddress());
            assertNear(Instant.now(), device.clock().now());
        }
    }

    private static void assertNear(Instant expected, Instant actual) {
        assertTrue(Duration.between(expected, actual).abs().compareTo(SLACK) < 0,
                "expected the clock near the wall clock " + expected + ", it reads " + actual);
    }
}
