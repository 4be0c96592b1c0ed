package io.phonebench.drivers.power;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.emulator.network.SimulatedModbusRelay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Modbus TCP function codes 05 and 01 against the relay twin on loopback, frame for frame, and the faults. */
class ModbusTcpRelayTest {
    private final List<String> switched = new ArrayList<>();
    private SimulatedModbusRelay twin;
    private ModbusTcpRelay board;

    @BeforeEach
    void start() {
        twin = SimulatedModbusRelay.start(1, 8, InetAddress.getLoopbackAddress(),
                (channel, on) -> switched.add(channel + (on ? " on" : " off")));
        board = new ModbusTcpRelay("mb1", "127.0.0.1", twin.port(), 1, 8, Duration.ofSeconds(3));
    }

    @AfterEach
    void stop() {
        twin.close();
    }

    @Test
    void writesSingleCoilAndReadsItBackByteForByte() {
        board.set(3, true);
        board.set(3, false);
        assertEquals(List.of(
                "00 01 00 00 00 06 01 05 00 02 FF 00",
                "00 02 00 00 00 06 01 01 00 02 00 01",
                "00 03 00 00 00 06 01 05 00 02 00 00",
                "00 04 00 00 00 06 01 01 00 02 00 01"), twin.frames());
        assertEquals(List.of("3 on", "3 off"), switched);
        assertEquals(Optional.of(false), board.get(3));
    }

    @Test
    void refusedConnectionNamesBoardAddressAndChannel() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort();
        }
        ModbusTcpRelay gone = new ModbusTcpRelay("mb9", "127.0.0.1", closed, 1, 8, Duration.ofMillis(500));
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class, () -> gone.set(2, true));
        assertTrue(error.getMessage().startsWith("Modbus TCP relay board 'mb9' (127.0.0.1:" + closed
                + " unit 1) channel 2: function 05: ConnectException"), error.getMessage());
    }

    @Test
    void silentBoardIsBrokenWithinTheTimeout() {
        twin.mute(true);
        ModbusTcpRelay impatient = new ModbusTcpRelay("mb1", "127.0.0.1", twin.port(), 1, 8, Duration.ofMillis(500));
        long start = System.nanoTime();
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class, () -> impatient.get(1));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5);
        assertTrue(error.getMessage().endsWith("channel 1: function 01: no answer within 500 ms"), error.getMessage());
    }

    @Test
    void droppedConnectionMidAnswerIsBroken() {
        twin.dropMidAnswer(true);
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class, () -> board.set(4, true));
        assertTrue(error.getMessage().endsWith("channel 4: function 05: the board closed the connection mid-answer"),
                error.getMessage());
    }

    @Test
    void answerToAnotherTransactionIsAWrongAnswer() {
        twin.wrongTransaction(true);
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class, () -> board.get(2));
        assertTrue(error.getMessage().contains("channel 2: function 01: expected an MBAP header for transaction 1"
                + " unit 1, saw transaction 2"), error.getMessage());
    }

    @Test
    void coilTheBoardDoesNotHaveIsAModbusException() {
        ModbusTcpRelay wider = new ModbusTcpRelay("mb1", "127.0.0.1", twin.port(), 1, 16, Duration.ofMillis(500));
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class, () -> wider.get(12));
        assertTrue(error.getMessage().contains("channel 12: function 01: Modbus exception 2"), error.getMessage());
    }
}
