package io.phonebench.emulator.serial;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pins each simulated board's answers byte for byte, as a bench-side program would see them. */
class SimulatedBoardWireTest {
    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    private DevicePort bench(SimulatedSerialDevice device) {
        opened.add(device);
        DevicePort port = DevicePort.open(device.benchEnd());
        opened.add(port);
        return port;
    }

    private static byte[] read(DevicePort port, int count) {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        byte[] buffer = new byte[64];
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (seen.size() < count && System.nanoTime() < deadline) {
            int n = port.read(buffer);
            seen.write(buffer, 0, Math.max(n, 0));
        }
        return seen.toByteArray();
    }

    @Test
    void numatoEchoesAndAnswersReadWithPrompt() {
        DevicePort port = bench(new SimulatedNumatoBoard("n", PseudoTerminalPair.start("numato"), 8,
                ChannelListener.NONE));
        port.write("relay on 0\r".getBytes(StandardCharsets.US_ASCII));
        assertEquals("relay on 0\n\r>", new String(read(port, 13), StandardCharsets.US_ASCII));
        port.write("relay read 0\r".getBytes(StandardCharsets.US_ASCII));
        assertEquals("relay read 0\n\ron\n\r>", new String(read(port, 19), StandardCharsets.US_ASCII));
    }

    @Test
    void kmtronicAnswersStatusWithOneBytePerRelay() {
        DevicePort port = bench(new SimulatedKmtronicBoard("k", PseudoTerminalPair.start("km"), 4,
                ChannelListener.NONE));
        port.write(new byte[] {(byte) 0xFF, 0x03, 0x01, (byte) 0xFF, 0x09, 0x00});
        assertArrayEquals(new byte[] {0, 0, 1, 0}, read(port, 4));
    }

    @Test
    void consoleEchoesTypingAndAnswersHelpWithPrompt() {
        DevicePort port = bench(new SimulatedConsole("c", PseudoTerminalPair.start("console"), "> ", "v1", () -> { }));
        port.write("help\r".getBytes(StandardCharsets.US_ASCII));
        String expected = "help\r\ncommands: help, show version, reboot\r\n> ";
        assertEquals(expected, new String(read(port, expected.length()), StandardCharsets.US_ASCII));
    }
}
