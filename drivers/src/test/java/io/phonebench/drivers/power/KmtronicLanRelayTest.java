package io.phonebench.drivers.power;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.emulator.network.SimulatedKmtronicLanRelay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The KMtronic LAN board's HTTP interface against its twin on loopback, request for request, and its faults. */
class KmtronicLanRelayTest {
    private final List<String> switched = new ArrayList<>();
    private SimulatedKmtronicLanRelay twin;
    private KmtronicLanRelay board;

    @BeforeEach
    void start() {
        twin = SimulatedKmtronicLanRelay.start(8, InetAddress.getLoopbackAddress(),
                (channel, on) -> switched.add(channel + (on ? " on" : " off")));
        // Generous: the first request of a JVM's HTTP client is slow on a loaded CI machine; faults use their own.
        board = new KmtronicLanRelay("lan1", URI.create(twin.url()), 8, Duration.ofSeconds(3));
    }

    @AfterEach
    void stop() {
        twin.close();
    }

    @Test
    void cycleSendsTheDocumentedCommandsAndReadsStatusBack() {
        new OutputPowerSwitch(board.channel(3), Duration.ofSeconds(2), false, SafeState.ON, new RecordingSleeper())
                .cycle();
        assertEquals(List.of("/FF0300", "/status.xml", "/FF0301", "/status.xml"), twin.requests());
        assertEquals(List.of("3 on"), switched);   // a KMtronic board powers up with every relay off
        assertEquals(Optional.of(true), board.get(3));
        board.set(8, true);
        assertEquals("/FF0801", twin.requests().get(5));
    }

    @Test
    void refusedConnectionNamesBoardAddressAndChannel() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort();
        }
        KmtronicLanRelay gone = new KmtronicLanRelay("lan9", URI.create("http://127.0.0.1:" + closed + "/"), 8,
                Duration.ofMillis(500));
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class, () -> gone.set(2, true));
        assertTrue(error.getMessage().startsWith("KMtronic LAN relay board 'lan9' (http://127.0.0.1:" + closed
                + "/) channel 2: GET /FF0201: ConnectException"), error.getMessage());
    }

    @Test
    void silentBoardIsBrokenWithinTheTimeout() {
        twin.hang(true);
        KmtronicLanRelay impatient = new KmtronicLanRelay("lan1", URI.create(twin.url()), 8, Duration.ofMillis(500));
        long start = System.nanoTime();
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class,
                () -> impatient.set(1, false));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5);
        assertTrue(error.getMessage().endsWith("channel 1: GET /FF0100: no answer within 500 ms"), error.getMessage());
    }

    @Test
    void droppedConnectionMidCommandIsBroken() {
        twin.dropConnections(true);
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class, () -> board.set(4, true));
        assertTrue(error.getMessage().startsWith("KMtronic LAN relay board 'lan1' (" + twin.url()
                + ") channel 4: GET /FF0401: "), error.getMessage());
    }

    @Test
    void statusWithoutTheRelayIsAWrongAnswer() {
        twin.garbleStatus(true);
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class, () -> board.get(5));
        assertTrue(error.getMessage().contains("channel 5: expected <relay5>0|1</relay5> in status.xml, saw"),
                error.getMessage());
    }

    @Test
    void relayThatDoesNotMoveIsBroken() {
        twin.ignoreCommands(true);
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class, () -> board.set(6, true));
        assertTrue(error.getMessage().endsWith("channel 6: status.xml reads off after GET /FF0601"),
                error.getMessage());
    }
}
