package io.phonebench.drivers.power;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.emulator.serial.PseudoTerminalPair;
import io.phonebench.emulator.serial.SimulatedKmtronicBoard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KmtronicRelayBoardTest {
    private final RecordingListener contacts = new RecordingListener();
    private SimulatedKmtronicBoard simulated;
    private SerialRelayBoard board;

    @BeforeEach
    void wireBoard() {
        simulated = new SimulatedKmtronicBoard("km1", PseudoTerminalPair.start("kmtronic"), 8, contacts);
        board = new SerialRelayBoard("km1", new io.phonebench.drivers.serial.SerialLine(simulated.benchEnd().toString(),
                9600), 8, new KmtronicCodec(),
                new CommandPolicy(Duration.ofMillis(500), 2, Duration.ofMillis(20)), new RecordingSleeper());
    }

    @AfterEach
    void unwire() {
        board.close();
        simulated.close();
    }

    @Test
    void switchesAndReadsBackThroughStatusRequest() {
        board.set(8, true);
        board.set(1, true);
        board.set(8, false);
        assertEquals(Optional.of(true), board.get(1));
        assertEquals(Optional.of(false), board.get(8));
        assertEquals(List.of("8 on", "1 on", "8 off"), contacts.changes());
    }

    @Test
    void invertedOutputSwitchEnergisesContactToTurnPhoneOff() {
        PowerSwitch power = new OutputPowerSwitch(board.channel(5), Duration.ZERO, true, SafeState.OFF,
                new RecordingSleeper());
        power.off();
        assertTrue(simulated.isEnergised(5));
        assertEquals(Optional.of(false), power.state());
        power.on();
        assertEquals(Optional.of(true), power.state());
    }

    @Test
    void silentBoardFailsWithinTheTimeoutNamingBoardPortAndChannel() {
        simulated.stopAnswering(true);
        long start = System.nanoTime();
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class,
                () -> board.set(6, true));
        long tookMs = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(tookMs < 3000, "gave up after " + tookMs + " ms");
        assertEquals("relay board 'km1' (" + simulated.benchEnd() + ") channel 6: command 'FF 06 01 then status'"
                + " failed after 2 attempts: no valid answer within 500 ms, saw nothing", error.getMessage());
    }

    @Test
    void corruptedStatusIsRejected() {
        simulated.corruptAnswers(true);
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class, () -> board.get(1));
        assertTrue(error.getMessage().contains("status 5A 5A 5A 5A 5A 5A 5A 5A with a byte other than 00 or 01"),
                error.getMessage());
    }

    @Test
    void boardAnswersAgainAfterItsPortReturns() {
        board.set(2, true);
        simulated.disappear();
        assertThrows(BenchInfrastructureException.class, () -> board.get(2));
        simulated.comeBack();
        assertEquals(Optional.of(true), board.get(2));
    }
}
