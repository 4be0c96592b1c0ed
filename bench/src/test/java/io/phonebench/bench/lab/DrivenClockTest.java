package io.phonebench.bench.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.phone.Capability;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.rig.RigFile;
import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.emulator.virtual.VirtualPhone;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A virtual phone's clock and its reference model's move together when a test drives them, never ahead of the wall
 * clock (judges compare reference request times with it); a real phone's clock cannot be driven. The "real" phone is
 * a VirtualPhone the rig does not know is virtual.
 */
class DrivenClockTest {
    private static final Duration SLACK = Duration.ofSeconds(5);

    @Test
    void drivesVirtualPhoneAndReferenceTogetherButNotARealPhone(@TempDir Path dir) throws Exception {
        try (VirtualPhone device = VirtualPhone.builder(PhoneCatalog.standard().model("CP-7970G"))
                .address("127.0.7.11").credentials("bench", "bench").bootTime(Duration.ZERO).build()) {
            device.start();
            device.awaitReady(Duration.ofSeconds(10));
            Path rig = Files.writeString(dir.resolve("lab.yaml"), """
                    name: clocks
                    credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                    serviceHost: { bind: 127.0.0.1, port: 0, aliases: [127.0.0.2] }
                    phones:
                      - name: real-7970
                        model: CP-7970G
                        address: 127.0.7.11
                        port: %d
                      - name: virtual-7960
                        model: CP-7960G
                        address: 127.0.7.12
                        port: 0
                        emulated: { profile: faithful }
                    """.formatted(device.uri().getPort()));
            try (RigSession session = RigSession.open(RigFile.load(rig), List.of(),
                    new PrintStream(new ByteArrayOutputStream()))) {
                Phone real = session.phone("real-7970").orElseThrow();
                Phone virtual = session.phone("virtual-7960").orElseThrow();
                VirtualPhone virtualDevice = session.virtualPhone("virtual-7960").orElseThrow();

                assertEquals(List.of("127.0.0.2"), session.serviceHost().aliases());
                assertFalse(real.has(Capability.DRIVABLE_CLOCK));
                assertTrue(virtual.has(Capability.DRIVABLE_CLOCK));
                String refused = assertThrows(IllegalStateException.class,
                        () -> real.advanceClock(Duration.ofMinutes(1))).getMessage();
                assertTrue(refused.contains("real-7970 is a real phone: its clock cannot be driven"), refused);

                virtual.turnClockBack(Duration.ofMinutes(30));
                assertNear(Instant.now().minus(Duration.ofMinutes(30)), virtualDevice.clock().now());
                String ahead = assertThrows(IllegalStateException.class,
                        () -> virtual.advanceClock(Duration.ofMinutes(31))).getMessage();
                assertTrue(ahead.contains("may advance up to the wall clock"), ahead);

                virtual.advanceClock(Duration.ofMinutes(30));
                assertNear(Instant.now(), virtualDevice.clock().now());

                virtual.turnClockBack(Duration.ofMinutes(5));
                virtual.prepareForTest();
                assertNear(Instant.now(), virtualDevice.clock().now());
            }
        }
    }

    private static void assertNear(Instant expected, Instant actual) {
        assertTrue(Duration.between(expected, actual).abs().compareTo(SLACK) < 0,
                "expected the phone's clock near " + expected + ", it reads " + actual);
    }
}
