package io.phonebench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.emulator.serial.ChannelListener;
import io.phonebench.emulator.serial.PseudoTerminalPair;
import io.phonebench.emulator.serial.SimulatedConsole;
import io.phonebench.emulator.serial.SimulatedLcusBoard;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check, power and console against rig files: the virtual rig, and a "real" LCUS board and console on ptys. */
class RigCommandsTest {

    @Test
    void checkReportsEveryPhoneOfTheVirtualRigReady() {
        PhoneCommandsTest.Run run = PhoneCommandsTest.run("", "check", "--rig", virtualRig().toString());

        assertEquals(ExitCode.OK, run.exit(), run.out() + run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("phone desk-7970") && l.contains(" OK ")), run.out());
        assertTrue(run.out().contains("rig is healthy"), run.out());
    }

    @Test
    void checkPrintsARowForEveryResourceWhateverFailsAndNamesTheCause(@TempDir Path dir) throws Exception {
        Path rig = Files.writeString(dir.resolve("broken-lab.yaml"), """
                name: broken-lab
                credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                serviceHost: { bind: 10.20.0.5, port: 0 }
                power:
                  relays: { type: lcus, port: %s, channels: 4 }
                phones:
                  - { name: lab-7960, model: CP-7960G, address: 127.0.5.1, power: { switch: relays, channel: 1 } }
                  - { name: lab-7970, model: CP-7970G, address: 127.0.5.2, console: { port: %s, baud: 115200 } }
                  - { name: lab-7941, model: CP-7941G, address: 127.0.5.3 }
                """.formatted(dir.resolve("no-such-ttyUSB0"), dir.resolve("no-such-ttyUSB1")));

        PhoneCommandsTest.Run run = PhoneCommandsTest.run("", "check", "--rig", rig.toString());

        assertEquals(ExitCode.BROKEN, run.exit(), run.out() + run.err());
        String out = run.out();
        assertTrue(out.contains("address 10.20.0.5 is not on this host"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("switch relays") && l.contains("does not exist")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("console lab-7970") && l.contains("does not exist")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("phone lab-7960") && l.contains("switch relays is down")),
                out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("phone lab-7970") && l.contains("console is down")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("phone lab-7941") && l.contains("not answering")), out);
        assertTrue(out.contains("rig is NOT healthy"), out);
    }

    @Test
    void powerSwitchesTheLcusChannelOfThePhone(@TempDir Path dir) throws Exception {
        try (PseudoTerminalPair pair = PseudoTerminalPair.start(dir, "lcus");
             SimulatedLcusBoard board = new SimulatedLcusBoard("relays", pair, 4, ChannelListener.NONE)) {
            Path rig = Files.writeString(dir.resolve("lab.yaml"), """
                    name: lab
                    credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                    serviceHost: { bind: 127.0.0.1, port: 0 }
                    power:
                      relays: { type: lcus, port: %s, channels: 4 }
                    phones:
                      - name: lab-7960
                        model: CP-7960G
                        address: 127.0.5.1
                        power: { switch: relays, channel: 3 }
                    """.formatted(pair.benchEnd()));

            PhoneCommandsTest.Run on = PhoneCommandsTest.run("", "power", "on", "--rig", rig.toString(),
                    "--phone", "lab-7960");
            assertEquals(ExitCode.OK, on.exit(), on.err());
            awaitEnergised(board, 3, true);

            PhoneCommandsTest.Run off = PhoneCommandsTest.run("", "power", "off", "--rig", rig.toString(),
                    "--phone", "lab-7960");
            assertEquals(ExitCode.OK, off.exit(), off.err());
            awaitEnergised(board, 3, false);
        }
    }

    @Test
    void powerOnASimulatedBoardOutsideARunIsAUsageError() {
        PhoneCommandsTest.Run run = PhoneCommandsTest.run("", "power", "on", "--rig", virtualRig().toString(),
                "--phone", "desk-7970");

        assertEquals(ExitCode.USAGE, run.exit());
        assertTrue(run.err().contains("exists only inside a run"), run.err());
    }

    @Test
    void consoleShowsWhatThePhonePrintsAndSendsWhatIsTyped(@TempDir Path dir) throws Exception {
        try (PseudoTerminalPair pair = PseudoTerminalPair.start(dir, "console");
             SimulatedConsole phone = new SimulatedConsole("lab-7960", pair, "lab-7960> ", "8.1(2.0)", () -> { })) {
            Path rig = Files.writeString(dir.resolve("lab.yaml"), """
                    name: lab
                    credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                    serviceHost: { bind: 127.0.0.1, port: 0 }
                    phones:
                      - name: lab-7960
                        model: CP-7960G
                        address: 127.0.5.1
                        console: { port: %s, baud: 115200 }
                    """.formatted(pair.benchEnd()));

            PhoneCommandsTest.Run run = PhoneCommandsTest.run("show version\n", "console", "--rig", rig.toString(),
                    "--phone", "lab-7960");

            assertEquals(ExitCode.OK, run.exit(), run.err());
        }
    }

    private static void awaitEnergised(SimulatedLcusBoard board, int channel, boolean expected) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (board.isEnergised(channel) != expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("channel " + channel + " expected " + (expected ? "on" : "off")
                        + " within 5 s, still " + (expected ? "off" : "on"));
            }
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
        }
    }

    static Path virtualRig() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("rigs/virtual.yaml"))) {
                return d.resolve("rigs/virtual.yaml");
            }
        }
        throw new AssertionError("rigs/virtual.yaml not found above " + Path.of("").toAbsolutePath());
    }
}
