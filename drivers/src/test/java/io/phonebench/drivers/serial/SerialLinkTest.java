package io.phonebench.drivers.serial;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.emulator.serial.PseudoTerminalPair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SerialLinkTest {
    private PseudoTerminalPair pty;

    @BeforeEach
    void plugInAdapter() {
        pty = PseudoTerminalPair.start("ttyUSB-test");
    }

    @AfterEach
    void unplugAdapter() {
        pty.close();
    }

    @Test
    void carriesBytesBothWaysOverPtyLink() {
        try (SerialLink bench = SerialLink.open(new SerialLine(pty.benchEnd().toString(), 9600));
             SerialLink device = SerialLink.open(new SerialLine(pty.deviceEnd().toString(), 9600))) {
            bench.write(new byte[] {(byte) 0xA0, 1, 1, (byte) 0xA2});
            byte[] received = readExactly(device, 4);
            assertArrayEquals(new byte[] {(byte) 0xA0, 1, 1, (byte) 0xA2}, received);

            device.write("ok".getBytes(StandardCharsets.US_ASCII));
            assertEquals("ok", new String(readExactly(bench, 2), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void readReturnsNothingWhenDeviceStaysSilent() {
        try (SerialLink bench = SerialLink.open(new SerialLine(pty.benchEnd().toString(), 9600))) {
            long start = System.nanoTime();
            assertEquals(0, bench.read(new byte[8], Duration.ofMillis(150)));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 140, "waited the whole timeout");
        }
    }

    @Test
    void missingPortNamesPathAndListsExistingPorts() {
        String missing = pty.benchEnd().resolveSibling("ttyUSB9").toString();
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class,
                () -> SerialLink.open(new SerialLine(missing, 9600), new OpenPolicy(2, Duration.ofMillis(10))));
        assertTrue(error.getMessage().contains(missing), error.getMessage());
        assertTrue(error.getMessage().contains("existing ports: "), error.getMessage());
        assertTrue(error.getMessage().contains("after 2 attempts"), error.getMessage());
    }

    @Test
    void vanishedPortFailsWithPathOperationAndHint() {
        try (SerialLink bench = SerialLink.open(new SerialLine(pty.benchEnd().toString(), 9600))) {
            pty.unplug();
            BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class,
                    () -> bench.read(new byte[8], Duration.ofSeconds(2)));
            assertTrue(error.getMessage().startsWith("serial port " + pty.benchEnd() + ": read failed"),
                    error.getMessage());
            assertTrue(error.getMessage().contains("hint: "), error.getMessage());
        }
    }

    /**
     * A console's reader thread can still be in a read slice when another thread closes its link (a stop on a
     * loaded host, or a write that failed). The close must wait for the slice: a read on a descriptor closed under it
     * failed with a made-up end of stream, and could reach a descriptor the OS had given to another device.
     */
    @Test
    void closeWhileAnotherThreadReadsEndsTheReadAsClosedNotAsAnOsError() throws InterruptedException {
        for (int round = 0; round < 20; round++) {
            SerialLink bench = SerialLink.open(new SerialLine(pty.benchEnd().toString(), 9600));
            int pause = round % 5;   // close at different points of a read slice
            RuntimeException ended = endedByClose(bench, link -> link.read(new byte[64], Duration.ofMillis(20)),
                    () -> LockSupport.parkNanos(Duration.ofMillis(pause).toNanos()));
            assertEquals("serial port " + pty.benchEnd() + ": read on a link that was already closed",
                    ended.getMessage());
        }
    }

    @Test
    void closeWhileAnotherThreadWritesEndsTheWriteAsClosed() throws InterruptedException {
        try (SerialLink device = SerialLink.open(new SerialLine(pty.deviceEnd().toString(), 9600))) {
            // the device side keeps reading, so a full pty buffer never blocks a write until its own timeout
            AtomicBoolean draining = new AtomicBoolean(true);
            Thread drain = new Thread(() -> {
                while (draining.get()) {
                    device.read(new byte[4096], Duration.ofMillis(20));
                }
            }, "serial-drain");
            drain.start();
            try {
                for (int round = 0; round < 10; round++) {
                    SerialLink bench = SerialLink.open(new SerialLine(pty.benchEnd().toString(), 9600));
                    int pause = round % 5;
                    RuntimeException ended = endedByClose(bench, link -> link.write(new byte[] {'x'}),
                            () -> LockSupport.parkNanos(Duration.ofMillis(pause).toNanos()));
                    assertEquals("serial port " + pty.benchEnd() + ": write on a link that was already closed",
                            ended.getMessage());
                }
            } finally {
                draining.set(false);
                drain.join(5_000);
            }
        }
    }

    /** Repeats {@code step} on another thread until it throws, closes {@code link} meanwhile; what ended it. */
    private static RuntimeException endedByClose(SerialLink link, Consumer<SerialLink> step, Runnable beforeClose)
            throws InterruptedException {
        AtomicReference<RuntimeException> ended = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        Thread user = new Thread(() -> {
            try {
                while (true) {
                    started.countDown();
                    step.accept(link);
                }
            } catch (RuntimeException e) {
                ended.set(e);
            }
        }, "serial-user");
        user.start();
        assertTrue(started.await(5, TimeUnit.SECONDS), "the other thread started");
        beforeClose.run();
        link.close();
        user.join(5_000);
        assertFalse(user.isAlive(), "the other thread ended once the link was closed");
        return ended.get();
    }

    @Test
    void refusesZeroBaud() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new SerialLine("/dev/ttyUSB0", 0));
        assertEquals("serial line /dev/ttyUSB0: expected a positive baud rate, saw 0", error.getMessage());
    }

    private static byte[] readExactly(SerialLink link, int count) {
        byte[] all = new byte[count];
        int have = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (have < count && System.nanoTime() < deadline) {
            byte[] buffer = new byte[count - have];
            int n = link.read(buffer, Duration.ofMillis(100));
            System.arraycopy(buffer, 0, all, have, n);
            have += n;
        }
        assertEquals(count, have, "bytes received");
        return all;
    }
}
