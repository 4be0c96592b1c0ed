package io.phonebench.emulator.virtual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A virtual phone's own port is one no outgoing connection can take: below the kernel's ephemeral range. */
class PortHoldTest {
    private static final Path LINUX_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    @Test
    void picksItsPortBelowTheEphemeralRange() throws Exception {
        Optional<int[]> range = PortHold.outsideEphemeral(LINUX_RANGE);
        // On Linux the range must be read (a misread once left every port ephemeral); elsewhere any free port does.
        assertEquals(Files.isReadable(LINUX_RANGE), range.isPresent(), "the kernel's range read from " + LINUX_RANGE);
        for (int i = 0; i < 20; i++) {
            try (PortHold hold = PortHold.on(InetAddress.getByName("127.0.1.49"), 0)) {
                int port = hold.port();
                assertTrue(range.map(r -> port >= r[0] && port <= r[1]).orElse(port > 0),
                        "port " + port + " outside " + range.map(r -> r[0] + "-" + r[1]).orElse("1-65535"));
            }
        }
    }

    @Test
    void readsTheRangeTheKernelGivesAndNothingElse(@TempDir Path dir) throws Exception {
        assertArrayEquals(new int[] {22768, 32767},
                PortHold.outsideEphemeral(Files.writeString(dir.resolve("range"), "32768\t60999\n")).orElseThrow());
        assertEquals(Optional.empty(), PortHold.outsideEphemeral(Files.writeString(dir.resolve("low"), "1024 65000")),
                "no 10,000 unprivileged ports below the range");
        assertEquals(Optional.empty(), PortHold.outsideEphemeral(Files.writeString(dir.resolve("junk"), "none")));
        assertEquals(Optional.empty(), PortHold.outsideEphemeral(dir.resolve("missing")));
    }
}
