package io.phonebench.emulator.serial;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PseudoTerminalPairTest {

    @Test
    void bothLinksExistWhilePluggedAndVanishOnUnplug() {
        try (PseudoTerminalPair pair = PseudoTerminalPair.start("ttyUSB0")) {
            assertTrue(Files.exists(pair.benchEnd()) && Files.exists(pair.deviceEnd()));
            pair.unplug();
            assertFalse(Files.exists(pair.benchEnd()) || Files.exists(pair.deviceEnd()));
            assertFalse(pair.isPlugged());
        }
    }

    @Test
    void replugBringsBackTheSameNames() {
        try (PseudoTerminalPair pair = PseudoTerminalPair.start("ttyACM0")) {
            Path bench = pair.benchEnd();
            pair.unplug();
            pair.replug();
            assertTrue(pair.isPlugged());
            assertTrue(Files.exists(bench));
        }
    }

    @Test
    void closeRemovesItsTemporaryDirectory() {
        PseudoTerminalPair pair = PseudoTerminalPair.start("ttyUSB1");
        Path dir = pair.benchEnd().getParent();
        pair.close();
        assertFalse(Files.exists(dir));
    }
}
