package io.phonebench.drivers.power;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.serial.SerialLine;
import io.phonebench.emulator.serial.PseudoTerminalPair;
import io.phonebench.emulator.serial.SimulatedNumatoBoard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumatoRelayBoardTest {
    private final RecordingListener contacts = new RecordingListener();
    private SimulatedNumatoBoard simulated;
    private SerialRelayBoard board;

    @BeforeEach
    void wireBoard() {
        simulated = new SimulatedNumatoBoard("numato1", PseudoTerminalPair.start("numato"), 16, contacts);
        board = new SerialRelayBoard("numato1", new SerialLine(simulated.benchEnd().toString(), 19200), 16,
                new NumatoCodec(),
                new CommandPolicy(Duration.ofMillis(500), 2, Duration.ofMillis(20)), new RecordingSleeper());
    }

    @AfterEach
    void unwire() {
        board.close();
        simulated.close();
    }

    @Test
    void switchesAndReadsBackEachChannel() {
        board.set(1, true);
        board.set(12, true);
        assertEquals(Optional.of(true), board.get(1));
        assertEquals(Optional.of(true), board.get(12));
        assertEquals(Optional.of(false), board.get(2));
        board.set(12, false);
        assertEquals(Optional.of(false), board.get(12));
        assertEquals(List.of("1 on", "12 on", "12 off"), contacts.changes());
    }

    @Test
    void commandsFromTwoThreadsAreSerialisedOnTheBoard() throws Exception {
        ExecutorService benchThreads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int channel : new int[] {5, 6}) {
                results.add(benchThreads.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        board.set(channel, i % 2 == 0);
                        if (board.get(channel).orElseThrow() != (i % 2 == 0)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get(10, TimeUnit.SECONDS), "every read-back matched its own set");
            }
        } finally {
            benchThreads.shutdownNow();
        }
    }

    @Test
    void channelOneIsRelayZeroAndChannelElevenIsRelayA() {
        assertEquals('0', NumatoCodec.relayId(1));
        assertEquals('A', NumatoCodec.relayId(11));
    }

    @Test
    void silentBoardFailsWithinTheTimeoutNamingBoardPortAndChannel() {
        simulated.stopAnswering(true);
        long start = System.nanoTime();
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class, () -> board.get(3));
        long tookMs = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(tookMs < 3000, "gave up after " + tookMs + " ms");
        assertEquals("relay board 'numato1' (" + simulated.benchEnd() + ") channel 3: command 'relay read 2'"
                + " failed after 2 attempts: no valid answer within 500 ms, saw nothing", error.getMessage());
    }

    @Test
    void corruptedAnswerIsRejectedAndCleanAnswerAfterwardsAccepted() {
        board.set(2, true);
        simulated.corruptAnswers(true);
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class, () -> board.get(2));
        assertTrue(error.getMessage().contains("instead of"), error.getMessage());
        simulated.corruptAnswers(false);
        assertEquals(Optional.of(true), board.get(2));
    }

    @Test
    void boardAnswersAgainAfterItsPortReturns() {
        simulated.disappear();
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class,
                () -> board.set(4, true));
        assertTrue(error.getMessage().contains("no such device; existing ports:"), error.getMessage());
        simulated.comeBack();
        board.set(4, true);
        assertEquals(Optional.of(true), board.get(4));
    }
}
