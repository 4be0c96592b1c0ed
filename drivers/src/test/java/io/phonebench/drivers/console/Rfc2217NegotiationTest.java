package io.phonebench.drivers.console;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.emulator.serial.PseudoTerminalPair;
import io.phonebench.emulator.serial.SimulatedSerialDevice;
import io.phonebench.emulator.serial.TerminalServer;
import io.phonebench.emulator.serial.TerminalServer.Mode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * RFC 2217 byte for byte against the terminal server's twin: the COM-PORT-OPTION commands the bench sends, the
 * server's wrong answers and refusals, and IAC (0xFF) crossing in both directions.
 */
class Rfc2217NegotiationTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();
    private RawDevice device;
    private TerminalServer server;
    private ConsoleTransport transport;

    /** The far end of the serial line, seen as raw bytes. */
    static final class RawDevice extends SimulatedSerialDevice {
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();

        RawDevice(PseudoTerminalPair pair) {
            super("raw", pair);
            startReading();
        }

        @Override
        protected synchronized void receive(byte[] data, int length) {
            received.write(data, 0, length);
        }

        synchronized byte[] received() {
            return received.toByteArray();
        }

        void send(byte[] bytes) {
            answer(bytes);
        }
    }

    private void cable(Mode mode) {
        PseudoTerminalPair pair = PseudoTerminalPair.start("line");
        device = new RawDevice(pair);
        server = TerminalServer.start("ts1", mode, pair.benchEnd(), InetAddress.getLoopbackAddress());
    }

    private ConsoleTransport open(int baud) {
        transport = ConsoleTransport.open(ConsoleAddress.parse(server.url().replace("tcp://", "rfc2217://"), baud),
                false);
        return transport;
    }

    @AfterEach
    void uncable() {
        if (transport != null) {
            transport.close();
        }
        server.close();
        device.close();
    }

    @Test
    void setsBaudAnd8N1WithTheExactComPortOptionCommands() {
        cable(Mode.RFC2217);
        open(115200);
        List<String> sent = server.comPortCommands().stream().map(HEX::formatHex).toList();
        assertEquals(List.of("2C 01 00 01 C2 00", "2C 02 08", "2C 03 01", "2C 04 01"), sent);
        open(9600).close();
        assertEquals("2C 01 00 00 25 80", HEX.formatHex(server.comPortCommands().get(4)));
    }

    @Test
    void aServerConfirmingAnotherBaudRateIsBroken() {
        cable(Mode.RFC2217);
        server.confirmBaud(9600);
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class, () -> open(115200));
        assertEquals("terminal server " + server.url() + ": RFC 2217 set-up of 115200 8N1 failed: asked for baud"
                + " rate 115200, the server set 9600", error.getMessage());
    }

    @Test
    void aServerRefusingComPortOptionIsBroken() {
        cable(Mode.RFC2217);
        server.refuseComPortOption(true);
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class, () -> open(115200));
        assertTrue(error.getMessage().endsWith("the server refused COM-PORT-OPTION (DONT 44): RFC 2217 is off for"
                + " this port"), error.getMessage());
    }

    @Test
    void aRawPortNamedAsRfc2217IsBrokenWithinTheNegotiationTimeout() {
        cable(Mode.RAW);
        long start = System.nanoTime();
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class, () -> open(115200));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(10)) < 0);
        assertTrue(error.getMessage().contains("no DO COM-PORT-OPTION in answer to WILL (is this a raw TCP port?"),
                error.getMessage());
    }

    @Test
    void iacCrossesBothWaysEscaped() {
        cable(Mode.RFC2217);
        open(115200);
        transport.write(new byte[] {'a', (byte) 0xFF, 'b', '\r', 0});
        io.phonebench.drivers.serial.Eventually.holds("the device to receive five bytes", Duration.ofSeconds(3),
                () -> device.received().length >= 5);
        assertArrayEquals(new byte[] {'a', (byte) 0xFF, 'b', '\r', 0}, device.received());

        device.send(new byte[] {'x', (byte) 0xFF, (byte) 0xFF, 'y'});
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[16];
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (got.size() < 4 && System.nanoTime() < deadline) {
            got.write(buffer, 0, transport.read(buffer, Duration.ofMillis(100)));
        }
        assertArrayEquals(new byte[] {'x', (byte) 0xFF, (byte) 0xFF, 'y'}, got.toByteArray());
    }
}
