package io.phonebench.drivers.console;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.serial.Eventually;
import io.phonebench.drivers.serial.SerialLine;
import io.phonebench.emulator.serial.PseudoTerminalPair;
import io.phonebench.emulator.serial.SimulatedConsole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SerialConsoleTest {
    /** The whole version line: expect matches the unfinished line, so an open end (\\S+) could match half of it. */
    private static final Pattern VERSION = Pattern.compile(Pattern.quote("CP-7970G SCCP70.9-4-2SR3-1S"));
    private static final Duration SOON = Duration.ofSeconds(3);
    /** One permit per reboot the console passed on; the console says "Rebooting..." just before it does. */
    private final Semaphore reboots = new Semaphore(0);
    @TempDir
    Path dir;
    private SimulatedConsole phone;
    private SerialConsole console;

    @BeforeEach
    void cableConsole() {
        phone = new SimulatedConsole("desk-7970", PseudoTerminalPair.start("console"), "SEP001122334455> ",
                "CP-7970G SCCP70.9-4-2SR3-1S", reboots::release);
        console = open(ConsoleSettings.defaults().withLogFile(dir.resolve("desk-7970.log")));
    }

    private SerialConsole open(ConsoleSettings settings) {
        SerialConsole opened = new SerialConsole("desk-7970", new SerialLine(phone.benchEnd().toString(), 115200),
                new ConsoleSettings(settings.mustNotSee(), settings.keepLines(), settings.logFile(),
                        Duration.ofMillis(100)));
        opened.start();
        return opened;
    }

    @AfterEach
    void uncable() {
        console.close();
        phone.close();
    }

    @Test
    void expectFindsBootLinesAndTheUnfinishedPrompt() {
        phone.print("U-Boot 1.1.4");
        phone.print("Starting kernel ...");
        phone.printPrompt();
        assertEquals("Starting kernel ...", console.expect(Pattern.compile("Starting kernel \\.\\.\\."), SOON).line());
        assertEquals("SEP001122334455> ", console.expect(Pattern.compile("SEP\\w+> $"), SOON).line());
    }

    @Test
    void eachExpectReadsOnFromThePreviousMatch() {
        phone.print("link up 1 link up 2");
        phone.print("link up 3");
        Pattern linkUp = Pattern.compile("link up (\\d)");
        assertEquals(List.of("1"), console.expect(linkUp, SOON).groups());
        assertEquals(List.of("2"), console.expect(linkUp, SOON).groups());
        assertEquals(List.of("3"), console.expect(linkUp, SOON).groups());
    }

    @Test
    void mustNotSeeFailsFastWithTheOffendingLine() {
        phone.print("Kernel panic - not syncing: VFS: Unable to mount root fs");
        long start = System.nanoTime();
        AssertionError error = assertThrows(AssertionError.class,
                () -> console.expect(Pattern.compile("login:"), Duration.ofSeconds(20)));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5, "failed fast");
        assertEquals("console desk-7970 (" + phone.benchEnd() + "): expected /login:/ but saw must-not-see"
                + " /Kernel panic/ in line: Kernel panic - not syncing: VFS: Unable to mount root fs",
                error.getMessage());
    }

    @Test
    void silentConsoleIsAnInfrastructureFaultQuotingTheLastLinesSeen() {
        phone.print("Loading: jar70sccp.9-4-2");
        console.expect(Pattern.compile("Loading"), SOON);
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class,
                () -> console.expect(Pattern.compile("Registered"), Duration.ofMillis(300)));
        assertTrue(error.getMessage().contains("expected /Registered/ within 300 ms; last lines:\n"
                + "  Loading: jar70sccp.9-4-2"), error.getMessage());
    }

    @Test
    void typedCommandIsAnswered() {
        console.send("show version\r");
        assertEquals("CP-7970G SCCP70.9-4-2SR3-1S",
                console.expect(VERSION, SOON).matched());
    }

    @Test
    void perCharacterDelaySpacesOutTheKeystrokes() {
        long start = System.nanoTime();
        console.send("help\r", Duration.ofMillis(30));
        long tookMs = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(tookMs >= 4 * 30, "five characters, four pauses of 30 ms, took " + tookMs + " ms");
        console.expect(Pattern.compile("commands: help, show version, reboot"), SOON);
    }

    @Test
    void rebootCommandReachesThePhone() throws InterruptedException {
        console.send("reboot\r");
        console.expect(Pattern.compile("Rebooting"), SOON);
        assertTrue(reboots.tryAcquire(SOON.toMillis(), TimeUnit.MILLISECONDS), "the reboot reached the phone");
        assertEquals(0, reboots.availablePermits(), "exactly one reboot");
    }

    @Test
    void expectDuringUnplugWaitsAndSucceedsAfterReplug() throws Exception {
        phone.disappear();
        Eventually.holds("console to notice the unplug", SOON, () -> !console.isConnected());
        CompletableFuture<ConsoleMatch> waiting = CompletableFuture.supplyAsync(
                () -> console.expect(Pattern.compile("back again"), Duration.ofSeconds(8)));

        phone.comeBack();
        Eventually.holds("console to reconnect", SOON, console::isConnected);
        phone.print("back again");

        assertEquals("back again", waiting.get(10, TimeUnit.SECONDS).line());
        assertFalse(waiting.isCompletedExceptionally());
    }

    @Test
    void expectWhileUnpluggedTimesOutAsInfrastructure() {
        phone.disappear();
        Eventually.holds("console to notice the unplug", SOON, () -> !console.isConnected());
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class,
                () -> console.expect(Pattern.compile("login:"), Duration.ofMillis(300)));
        assertTrue(error.getMessage().contains("the console is gone: port down for"), error.getMessage());
        assertThrows(BenchInfrastructureException.class, () -> console.send("x"));
    }

    @Test
    void logFileAndTailKeepEverythingForTheReport() throws Exception {
        for (int i = 1; i <= 5; i++) {
            phone.print("boot step " + i);
        }
        console.expect(Pattern.compile("boot step 5"), SOON);
        assertEquals(List.of("boot step 4", "boot step 5"), console.tail(2));
        String expected = "boot step 1\r\nboot step 2\r\nboot step 3\r\nboot step 4\r\nboot step 5\r\n";
        assertEquals(expected, console.log());
        assertEquals(expected, Files.readString(dir.resolve("desk-7970.log")));
    }

    @Test
    void skipToEndIgnoresEarlierOutput() {
        phone.print("login: (previous boot)");
        Eventually.holds("the old prompt captured", SOON, () -> console.tail(1).equals(List.of("login: (previous boot)")));
        console.skipToEnd();
        assertThrows(BenchInfrastructureException.class,
                () -> console.expect(Pattern.compile("login:"), Duration.ofMillis(200)));
    }

    @Test
    void outputWithoutTheExpectedLineIsAProductFailure() {
        phone.print("Loading: jar70sccp.9-4-2");
        console.expect(Pattern.compile("Loading"), SOON);
        phone.print("Registration rejected");
        AssertionError error = assertThrows(AssertionError.class,
                () -> console.expect(Pattern.compile("Registered\\b"), Duration.ofMillis(300)));
        assertTrue(error.getMessage().contains("Registration rejected"), error.getMessage());
    }
}
