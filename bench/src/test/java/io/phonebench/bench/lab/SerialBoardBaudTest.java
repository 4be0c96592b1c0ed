package io.phonebench.bench.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.rig.RigFile;
import io.phonebench.emulator.serial.ChannelListener;
import io.phonebench.emulator.serial.PseudoTerminalPair;
import io.phonebench.emulator.serial.SimulatedKmtronicBoard;
import io.phonebench.emulator.serial.SimulatedLcusBoard;
import io.phonebench.emulator.serial.SimulatedNumatoBoard;
import io.phonebench.emulator.serial.SimulatedSerialDevice;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A relay board runs at the baud its rig file gives, or at its maker's documented speed when the file gives none.
 * The board is a simulated twin on a real pseudo-terminal; {@code stty} reads back the speed the driver set on it.
 */
class SerialBoardBaudTest {
    private static final ChannelListener NOBODY = (channel, energised) -> { };

    @TempDir
    Path dir;

    @Test
    void lcusBoardRunsAtTheRigsBaud() throws Exception {
        assertEquals("19200", speedAfterSwitching("lcus", ", baud: 19200",
                pair -> new SimulatedLcusBoard("relays", pair, 4, NOBODY)));
    }

    @Test
    void kmtronicBoardRunsAtTheRigsBaud() throws Exception {
        assertEquals("38400", speedAfterSwitching("kmtronic", ", baud: 38400",
                pair -> new SimulatedKmtronicBoard("relays", pair, 4, NOBODY)));
    }

    @Test
    void numatoBoardRunsAt19200WhenTheRigGivesNoBaud() throws Exception {
        assertEquals("19200", speedAfterSwitching("numato", "",
                pair -> new SimulatedNumatoBoard("relays", pair, 4, NOBODY)));
    }

    @Test
    void lcusBoardRunsAt9600WhenTheRigGivesNoBaud() throws Exception {
        assertEquals("9600", speedAfterSwitching("lcus", "",
                pair -> new SimulatedLcusBoard("relays", pair, 4, NOBODY)));
    }

    private String speedAfterSwitching(String type, String baud,
                                       Function<PseudoTerminalPair, SimulatedSerialDevice> twin) throws Exception {
        try (SimulatedSerialDevice board = twin.apply(PseudoTerminalPair.start("baud-" + type))) {
            Path rig = Files.writeString(dir.resolve("lab.yaml"), """
                    name: lab
                    credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                    power:
                      relays: { type: %s, port: %s, channels: 4%s }
                    phones:
                      - { name: desk, model: CP-7960G, address: 10.20.0.61, power: { switch: relays, channel: 2 } }
                    """.formatted(type, board.benchEnd(), baud));
            try (PhonePower phone = PhonePower.open(RigFile.load(rig), "desk",
                    new PrintStream(new ByteArrayOutputStream()))) {
                phone.power().on();   // opens the line, which stays open until close
                return stty(board.benchEnd());
            }
        }
    }

    /** The input speed of the terminal at {@code device}, as {@code stty speed} prints it. */
    private static String stty(Path device) throws Exception {
        Process stty = new ProcessBuilder("stty", "-F", device.toString(), "speed").redirectErrorStream(true).start();
        assertTrue(stty.waitFor(20, TimeUnit.SECONDS), "stty did not finish within 20 s");
        String out = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        assertEquals(0, stty.exitValue(), out);
        return out;
    }
}
