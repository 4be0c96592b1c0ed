package io.phonebench.drivers.power;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.serial.Eventually;
import io.phonebench.drivers.serial.SerialLine;
import io.phonebench.drivers.serial.SerialLink;
import io.phonebench.emulator.serial.PseudoTerminalPair;
import io.phonebench.emulator.serial.SimulatedLcusBoard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LcusRelayBoardTest {
    private static final Duration SOON = Duration.ofSeconds(2);
    private final RecordingListener contacts = new RecordingListener();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private SimulatedLcusBoard simulated;
    private SerialRelayBoard board;

    @BeforeEach
    void wireBoard() {
        simulated = new SimulatedLcusBoard("board1", PseudoTerminalPair.start("lcus"), 4, contacts);
        board = new SerialRelayBoard("board1", new SerialLine(simulated.benchEnd().toString(), 9600), 4,
                new LcusCodec(), new CommandPolicy(Duration.ofMillis(200), 2, Duration.ofMillis(50)), sleeper);
    }

    @AfterEach
    void unwire() {
        board.close();
        simulated.close();
    }

    @Test
    void switchesTheNamedChannelOnAndOff() {
        board.set(3, true);
        Eventually.holds("channel 3 energised", SOON, () -> simulated.isEnergised(3));
        board.set(3, false);
        Eventually.holds("channel 3 released", SOON, () -> !simulated.isEnergised(3));
        // the board records a contact change just after it switches the relay
        Eventually.holds("two contact changes", SOON, () -> contacts.changes().size() == 2);
        assertEquals(List.of("3 on", "3 off"), contacts.changes());
        assertFalse(simulated.isEnergised(1));
    }

    @Test
    void reportsLastStateSetBecauseTheBoardCannotBeReadBack() {
        assertEquals(Optional.empty(), board.get(2));
        board.set(2, true);
        assertEquals(Optional.of(true), board.get(2));
    }

    @Test
    void powerCycleThroughOutputSwitchTurnsPhoneOffThenOn() {
        PowerSwitch power = new OutputPowerSwitch(board.channel(1), Duration.ofSeconds(5), false, SafeState.ON,
                sleeper);
        power.on();
        power.cycle();
        Eventually.holds("three contact changes", SOON, () -> contacts.changes().size() == 3);
        assertEquals(List.of("1 on", "1 off", "1 on"), contacts.changes());
        assertEquals(List.of(Duration.ofSeconds(5)), sleeper.waits());
        assertEquals(Optional.of(true), power.state());
    }

    @Test
    void vanishedPortIsReportedAndBoardWorksAgainWhenItReturns() {
        board.set(1, true);
        simulated.disappear();

        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class,
                () -> board.set(1, false));
        assertTrue(error.getMessage().startsWith("relay board 'board1' (" + simulated.benchEnd() + ") channel 1:"),
                error.getMessage());
        assertTrue(error.getMessage().contains("failed after 2 attempts"), error.getMessage());

        simulated.comeBack();
        board.set(1, false);
        Eventually.holds("channel 1 released after replug", SOON, () -> !simulated.isEnergised(1));
    }

    @Test
    void simulatedBoardIgnoresFrameWithWrongChecksum() {
        byte[] frame = LcusCodec.frame(2, true);
        frame[3]++;
        try (SerialLink link = SerialLink.open(new SerialLine(simulated.benchEnd().toString(), 9600))) {
            link.write(frame);
            link.write(LcusCodec.frame(4, true));
            Eventually.holds("the good frame applied", SOON, () -> simulated.isEnergised(4));
        }
        assertFalse(simulated.isEnergised(2));
        assertEquals(1, simulated.ignoredFrames());
    }

    @Test
    void refusesChannelTheBoardDoesNotHave() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> board.channel(5));
        assertTrue(error.getMessage().contains("expected a channel 1..4, saw 5"), error.getMessage());
    }
}
