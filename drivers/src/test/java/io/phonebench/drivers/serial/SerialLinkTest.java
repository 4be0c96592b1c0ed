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
import java.util.concurrent.atomic.AtomicReference;

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
     * fails with an OS error at best, and at worst reads a descriptor the OS has already given to another device.
     */
    @Test
    void closeWhileAnotherThreadReadsEndsTheReadAsClosedNotAsAnOsError() throws InterruptedException {
        for (int round = 0; round < 20; round++) {
            SerialLink bench = SerialLink.open(new SerialLine(pty.benchEnd().toString(), 9600));
            AtomicReference<RuntimeException> ended = new AtomicReference<>();
            CountDownLatch reading = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try {
                    while (true) {
                        reading.countDown();
                        bench.read(new byte[64], Duration.ofMillis(20));
                    }
                } catch (RuntimeException e) {
                    ended.set(e);
                }
            }, "serial-reader");
            reader.start();
            assertTrue(reading.await(5, TimeUnit.SECONDS), "reader started");
            Thread.sleep(round % 5);   // close at different points of a read slice
            bench.close();
            reader.join(5_000);
            assertFalse(reader.isAlive(), "the reader ended once the link was closed");
            assertEquals("serial port " + pty.benchEnd() + ": read on a link that was already closed",
                    ended.get().getMessage());
        }
    }

    @Test
    void closeWhileAnotherThreadWritesEndsTheWriteAsClosed() throws InterruptedException {
        try (SerialLink device = SerialLink.open(new SerialLine(pty.deviceEnd().toString(), 9600))) {
            for (int round = 0; round < 10; round++) {
                SerialLink bench = SerialLink.open(new SerialLine(pty.benchEnd().toString(), 9600));
                AtomicReference<RuntimeException> ended = new AtomicReference<>();
                CountDownLatch writing = new CountDownLatch(1);
                Thread writer = new Thread(() -> {
                    try {
                        while (true) {
                            writing.countDown();
                            bench.write(new byte[] {'x'});
                        }
                    } catch (RuntimeException e) {
                        ended.set(e);
                    }
                }, "serial-writer");
                writer.start();
                assertTrue(writing.await(5, TimeUnit.SECONDS), "writer started");
                device.discardInput();
                bench.close();
                writer.join(5_000);
                assertFalse(writer.isAlive(), "the writer ended once the link was closed");
                assertEquals("serial port " + pty.benchEnd() + ": write on a link that was already closed",
                        ended.get().getMessage());
            }
        }
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
