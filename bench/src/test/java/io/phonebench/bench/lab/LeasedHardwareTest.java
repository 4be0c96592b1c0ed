package io.phonebench.bench.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.lease.LeaseDirectory;
import io.phonebench.bench.lease.LeaseOwner;
import io.phonebench.bench.lease.LeaseTerms;
import io.phonebench.bench.rig.Rig;
import io.phonebench.bench.rig.RigFile;
import io.phonebench.drivers.BenchInfrastructureException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs exclude each other by the hardware they touch, whatever their rig files call it. */
@Tag("reliability")
class LeasedHardwareTest {
    private static final LeaseTerms NO_WAIT = new LeaseTerms(Duration.ofMinutes(1), Duration.ZERO, Duration.ZERO);
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path dir;

    @Test
    void twoRigFilesNamingOnePhoneAddressExcludeEachOther() throws Exception {
        Rig first = rig("bench-a", "desk", "127.0.6.1");
        Rig second = rig("bench-b", "reception", "127.0.6.1");
        LeaseDirectory leases = new LeaseDirectory(dir.resolve("leases"), Clock.systemUTC(), LeaseOwner.current());

        try (RigSession running = RigSession.open(first, List.of(), QUIET, leases, NO_WAIT)) {
            BenchInfrastructureException refused = assertThrows(BenchInfrastructureException.class,
                    () -> RigSession.open(second, List.of(), QUIET, leases, NO_WAIT).close());
            assertTrue(refused.getMessage().contains("phone:127.0.6.1"), refused.getMessage());
        }
        try (RigSession after = RigSession.open(second, List.of(), QUIET, leases, NO_WAIT)) {
            assertEquals(1, after.rig().phones().size());
        }
    }

    @Test
    void aRelayChannelAndAConsolePortAreKeyedOnTheDevice() throws Exception {
        Path device = Files.createFile(dir.resolve("ttyUSB0"));
        Path byId = Files.createSymbolicLink(dir.resolve("usb-relay-if00"), device);
        Rig lab = RigFile.load(Files.writeString(dir.resolve("lab.yaml"), """
                name: lab
                credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                serviceHost: { bind: 127.0.0.1, port: 0 }
                power:
                  relays: { type: lcus, port: %s, channels: 4 }
                phones:
                  - name: lab-7960
                    model: CP-7960G
                    address: 10.20.0.60
                    power: { switch: relays, channel: 3 }
                    console: { port: %s, baud: 115200 }
                """.formatted(byId, dir.resolve("ttyUSB1"))));

        assertEquals(List.of("console:" + dir.resolve("ttyUSB1"), "phone:10.20.0.60",
                "relay:" + device.toRealPath()), LeasedHardware.of(lab, lab.phones()));
    }

    @Test
    void twoRunsOnDifferentChannelsOfOneRelayBoardExcludeEachOther() throws Exception {
        Path device = Files.createFile(dir.resolve("ttyUSB0"));
        Rig first = boardRig("bench-a", "10.20.0.61", device, 1);
        Rig second = boardRig("bench-b", "10.20.0.62", dir.resolve("by-id-link"), 2);
        Files.createSymbolicLink(dir.resolve("by-id-link"), device);
        LeaseDirectory leases = new LeaseDirectory(dir.resolve("leases"), Clock.systemUTC(), LeaseOwner.current());

        try (var running = leases.acquire(LeasedHardware.of(first, first.phones()), NO_WAIT)) {
            BenchInfrastructureException refused = assertThrows(BenchInfrastructureException.class,
                    () -> leases.acquire(LeasedHardware.of(second, second.phones()), NO_WAIT).close());
            assertTrue(refused.getMessage().contains("relay:" + device.toRealPath()), refused.getMessage());
        }
        try (var after = leases.acquire(LeasedHardware.of(second, second.phones()), NO_WAIT)) {
            assertEquals(List.of("phone:10.20.0.62", "relay:" + device.toRealPath()),
                    LeasedHardware.of(second, second.phones()));
        }
    }

    @Test
    void twoPhonesOfOneRunOnOneBoardTakeItOnce() throws Exception {
        Path device = Files.createFile(dir.resolve("ttyUSB0"));
        Rig lab = RigFile.load(Files.writeString(dir.resolve("lab.yaml"), """
                name: lab
                credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                power:
                  relays: { type: numato, port: %s, channels: 8 }
                phones:
                  - { name: a, model: CP-7960G, address: 10.20.0.61, power: { switch: relays, channel: 1 } }
                  - { name: b, model: CP-7960G, address: 10.20.0.62, power: { switch: relays, channel: 2 } }
                """.formatted(device)));

        assertEquals(List.of("phone:10.20.0.61", "phone:10.20.0.62", "relay:" + device.toRealPath()),
                LeasedHardware.of(lab, lab.phones()));
    }

    private Rig boardRig(String name, String address, Path board, int channel) throws Exception {
        return RigFile.load(Files.writeString(dir.resolve(name + ".yaml"), """
                name: %s
                credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                power:
                  relays: { type: lcus, port: %s, channels: 4 }
                phones:
                  - { name: desk, model: CP-7960G, address: %s, power: { switch: relays, channel: %d } }
                """.formatted(name, board, address, channel)));
    }

    private Rig rig(String name, String phone, String address) throws Exception {
        return RigFile.load(Files.writeString(dir.resolve(name + ".yaml"), """
                name: %s
                credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                serviceHost: { bind: 127.0.0.1, port: 0 }
                phones:
                  - { name: %s, model: CP-7960G, address: %s, port: 0, emulated: { profile: faithful } }
                """.formatted(name, phone, address)));
    }
}
