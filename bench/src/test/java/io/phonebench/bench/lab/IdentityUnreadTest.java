package io.phonebench.bench.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.PhoneState;
import io.phonebench.bench.rig.RigFile;
import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.emulator.virtual.Fault;
import io.phonebench.emulator.virtual.VirtualPhone;
import io.phonebench.protocol.device.DeviceInformation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bring-up reads each READY phone's identity (serial, firmware) once. A phone that answered as READY and then fails
 * that one read is still READY: the session opens, the identity is said to be unread, and the phone is tested. Once
 * the whole session failed on it. The "real" phone is a VirtualPhone the rig does not know is virtual.
 */
class IdentityUnreadTest {
    @Test
    void sessionOpensWhenAReadyPhoneFailsItsIdentityReadOnce(@TempDir Path dir) throws Exception {
        try (VirtualPhone device = VirtualPhone.builder(PhoneCatalog.standard().model("CP-7970G"))
                .address("127.0.7.21").credentials("bench", "bench").bootTime(Duration.ZERO).build()) {
            device.start();
            device.awaitReady(Duration.ofSeconds(10));
            // the readiness probe reads DeviceInformationX and is answered; the identity read after it is not
            device.inject(new Fault.HttpStatus(500), DeviceInformation.PATH, 1, 1);
            Path rig = Files.writeString(dir.resolve("lab.yaml"), """
                    name: identity
                    credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                    serviceHost: { bind: 127.0.0.1, port: 0 }
                    phones:
                      - { name: desk-1, model: CP-7970G, address: 127.0.7.21, port: %d }
                    """.formatted(device.uri().getPort()));
            ByteArrayOutputStream notices = new ByteArrayOutputStream();

            try (RigSession session = RigSession.open(RigFile.load(rig), List.of(),
                    new PrintStream(notices, true, StandardCharsets.UTF_8))) {
                Phone phone = session.phone("desk-1").orElseThrow();

                String said = notices.toString(StandardCharsets.UTF_8);
                assertEquals(PhoneState.READY, phone.strategy().state(), said);
                assertEquals(Optional.empty(), phone.identity(), said);
                assertTrue(said.contains("desk-1") && said.contains("READY") && said.contains("identity unread"),
                        said);
                assertEquals(2, device.requests().stream()
                        .filter(r -> r.target().startsWith(DeviceInformation.PATH)).count(),
                        "one readiness probe and one identity read: " + device.requests());
            }
        }
    }
}
