package io.phonebench.emulator.virtual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        assumeTrue(Files.isReadable(LINUX_RANGE), "not Linux: no ephemeral range to keep out of");
        int[] range = PortHold.outsideEphemeral(LINUX_RANGE).orElseThrow(() -> new AssertionError(
                "the kernel's range was not read from " + LINUX_RANGE));
        for (int i = 0; i < 20; i++) {
            try (PortHold hold = PortHold.on(InetAddress.getByName("127.0.1.49"), 0)) {
                assertTrue(hold.port() >= range[0] && hold.port() <= range[1],
                        "port " + hold.port() + " outside " + range[0] + "-" + range[1]);
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
