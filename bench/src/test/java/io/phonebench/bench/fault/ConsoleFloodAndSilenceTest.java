package io.phonebench.bench.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.console.ConsoleSettings;
import io.phonebench.drivers.console.SerialConsole;
import io.phonebench.drivers.serial.SerialLine;
import io.phonebench.emulator.serial.PseudoTerminalPair;
import io.phonebench.emulator.serial.SimulatedConsole;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A phone console on a real pty that floods (thousands of lines as fast as the pty takes them, or one endless line)
 * or goes silent: every expect ends within its timeout, memory stays within keepLines lines of bounded length, and a
 * silent console's timeout says what was expected and what was seen last.
 */
@Tag("reliability")
class ConsoleFloodAndSilenceTest {
    private static final int KEEP_LINES = 500;
    private static final int FLOOD_LINES = 20_000;
    /** ConsoleLog breaks endless lines at this length (package-private there). */
    private static final int MAX_LINE_CHARS = 8192;

    private SimulatedConsole phone;
    private SerialConsole console;

    @BeforeEach
    void cableConsole() {
        phone = new SimulatedConsole("flood-7970", PseudoTerminalPair.start("flood-console"), "SEP0003E3001C01> ",
                "CP-7970G SCCP70.9-4-2SR3-1S", () -> { });
        console = new SerialConsole("flood-7970", new SerialLine(phone.benchEnd().toString(), 115200),
                new ConsoleSettings(ConsoleSettings.KERNEL_TROUBLE, KEEP_LINES, Optional.empty(),
                        Duration.ofMillis(100)));
        console.start();
    }

    @AfterEach
    void uncable() {
        console.close();
        phone.close();
    }

    @Test
    void expectDuringAFloodEndsWithinItsTimeoutAndKeepsOnlyKeepLines() throws Exception {
        CompletableFuture<Void> flood = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < FLOOD_LINES; i++) {
                phone.print("kernel: eth0: link flapping " + i);
            }
        });
        long start = System.nanoTime();

        AssertionError e = assertThrows(AssertionError.class,
                () -> console.expect(Pattern.compile("login:"), Duration.ofMillis(800)));

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 800 + 1_500, "expect under a flood took " + millis + " ms");
        assertTrue(e.getMessage().contains("expected /login:/ within 800 ms") && e.getMessage().contains("flapping"),
                e.getMessage());
        flood.get(20, TimeUnit.SECONDS);
        console.expect(Pattern.compile("flapping " + (FLOOD_LINES - 1) + "$"), Duration.ofSeconds(5));
        List<String> kept = console.tail(FLOOD_LINES);
        assertTrue(kept.size() <= KEEP_LINES + 1, "kept " + kept.size() + " lines, expected at most " + KEEP_LINES);
    }

    @Test
    void lineInTheMiddleOfAFloodIsFound() throws Exception {
        CompletableFuture<Void> flood = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 5_000; i++) {
                phone.print(i == 2_500 ? "SEP0003E3001C01 login: " : "dhcp: retrying " + i);
            }
        });

        assertEquals("SEP0003E3001C01", console.expect(Pattern.compile("(\\w+) login:"), Duration.ofSeconds(5))
                .groups().get(0));
        flood.get(20, TimeUnit.SECONDS);
    }

    @Test
    void endlessLineIsBrokenSoMemoryStaysBounded() {
        phone.print("x".repeat(1_000_000));
        phone.print("done");

        console.expect(Pattern.compile("^done$"), Duration.ofSeconds(5));
        List<String> kept = console.tail(KEEP_LINES * 2);
        assertTrue(kept.size() <= KEEP_LINES + 1, "kept " + kept.size() + " lines");
        assertTrue(kept.stream().allMatch(l -> l.length() <= MAX_LINE_CHARS),
                "longest kept line " + kept.stream().mapToInt(String::length).max().orElse(0) + " chars");
    }

    @Test
    void silentConsoleIsBrokenNamingThePatternAndTheLastLineSeen() {
        phone.print("Starting kernel ...");
        console.expect(Pattern.compile("Starting kernel"), Duration.ofSeconds(3));
        long start = System.nanoTime();

        BenchInfrastructureException e = assertThrows(BenchInfrastructureException.class,
                () -> console.expect(Pattern.compile("login:"), Duration.ofMillis(500)));

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis >= 450 && millis < 500 + 1_000, "silent expect took " + millis + " ms");
        assertTrue(e.getMessage().contains("flood-7970") && e.getMessage().contains("expected /login:/ within 500 ms")
                && e.getMessage().contains("Starting kernel ..."), e.getMessage());
    }
}
