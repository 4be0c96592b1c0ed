package io.phonebench.drivers.console;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.serial.Eventually;
import io.phonebench.emulator.serial.PseudoTerminalPair;
import io.phonebench.emulator.serial.SimulatedConsole;
import io.phonebench.emulator.serial.TerminalServer;
import io.phonebench.emulator.serial.TerminalServer.Mode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console driver behind a terminal server, raw TCP and Telnet RFC 2217: a simulated console on a pty, the
 * terminal server's twin in front of it on loopback, {@link SerialConsole} connecting over real TCP. Each behaviour of
 * a local console holds on both transports, and each network fault ends BROKEN naming the console and the address.
 */
class NetworkConsoleTest {
    private static final Duration SOON = Duration.ofSeconds(3);
    /** One permit per reboot the console passed on; the console says "Rebooting..." just before it does. */
    private final Semaphore reboots = new Semaphore(0);
    private SimulatedConsole phone;
    private TerminalServer server;
    private SerialConsole console;

    private void cable(Mode mode) {
        PseudoTerminalPair pair = PseudoTerminalPair.start("console");
        phone = new SimulatedConsole("desk-7970", pair, "SEP001122334455> ", "CP-7970G SCCP70.9-4-2SR3-1S",
                reboots::release);
        server = TerminalServer.start("ts1", mode, pair.benchEnd(), InetAddress.getLoopbackAddress());
        console = open(server.url(), ConsoleSettings.defaults().keepLines());
        awaitConnected();
    }

    /**
     * A terminal server passes the device's output only to a connected client, as ser2net does: a line the phone
     * prints before the console's connection is accepted is gone, so tests print only after this.
     */
    private void awaitConnected() {
        Eventually.holds("console to connect", SOON, () -> server.hasClient() && console.isConnected());
    }

    private SerialConsole open(String url, int keepLines) {
        SerialConsole opened = new SerialConsole("desk-7970", ConsoleAddress.parse(url, 115200),
                new ConsoleSettings(ConsoleSettings.KERNEL_TROUBLE, keepLines, Optional.empty(),
                        Duration.ofMillis(100)));
        opened.start();
        return opened;
    }

    @AfterEach
    void uncable() {
        if (console != null) {
            console.close();
        }
        if (server != null) {
            server.close();
        }
        if (phone != null) {
            phone.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void expectFindsBootLinesAndThePrompt(Mode mode) {
        cable(mode);
        phone.print("U-Boot 1.1.4");
        phone.print("Starting kernel ...");
        phone.printPrompt();
        assertEquals("Starting kernel ...", console.expect(Pattern.compile("Starting kernel \\.\\.\\."), SOON).line());
        assertEquals("SEP001122334455> ", console.expect(Pattern.compile("SEP\\w+> $"), SOON).line());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void mustNotSeeFailsFast(Mode mode) {
        cable(mode);
        phone.print("Kernel panic - not syncing: VFS: Unable to mount root fs");
        AssertionError error = assertThrows(AssertionError.class,
                () -> console.expect(Pattern.compile("login:"), Duration.ofSeconds(20)));
        assertTrue(error.getMessage().startsWith("console desk-7970 (" + server.url() + "): expected /login:/ but"
                + " saw must-not-see /Kernel panic/"), error.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void typedCommandsAreAnsweredAlsoOneCharacterAtATime(Mode mode) throws InterruptedException {
        cable(mode);
        console.send("show version\r");
        console.expect(Pattern.compile("CP-7970G SCCP70"), SOON);
        long start = System.nanoTime();
        console.send("help\r", Duration.ofMillis(30));
        long tookMs = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(tookMs >= 4 * 30, "five characters, four pauses of 30 ms, took " + tookMs + " ms");
        console.expect(Pattern.compile("commands: help, show version, reboot"), SOON);
        console.send("reboot\r");
        console.expect(Pattern.compile("Rebooting"), SOON);
        assertTrue(reboots.tryAcquire(SOON.toMillis(), TimeUnit.MILLISECONDS), "the reboot reached the phone");
        assertEquals(0, reboots.availablePermits(), "exactly one reboot");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void memoryStaysBoundedToTheLinesKept(Mode mode) {
        PseudoTerminalPair pair = PseudoTerminalPair.start("console");
        phone = new SimulatedConsole("desk-7970", pair, "> ", "v", reboots::release);
        server = TerminalServer.start("ts1", mode, pair.benchEnd(), InetAddress.getLoopbackAddress());
        console = open(server.url(), 3);
        awaitConnected();
        for (int i = 1; i <= 20; i++) {
            phone.print("boot step " + i);
        }
        Eventually.holds("the last line captured", SOON, () -> console.tail(1).equals(List.of("boot step 20")));
        assertEquals(List.of("boot step 18", "boot step 19", "boot step 20"), console.tail(10));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void droppedConnectionIsReconnectedAndExpectGoesOn(Mode mode) throws Exception {
        cable(mode);
        phone.print("before the drop");
        console.expect(Pattern.compile("before the drop"), SOON);
        server.dropClient();
        Eventually.holds("console to reconnect", SOON, () -> server.connections() == 2 && console.isConnected());
        CompletableFuture<ConsoleMatch> waiting = CompletableFuture.supplyAsync(
                () -> console.expect(Pattern.compile("back again"), Duration.ofSeconds(8)));
        phone.print("back again");
        assertEquals("back again", waiting.get(10, TimeUnit.SECONDS).line());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void silentServerIsBroken(Mode mode) {
        cable(mode);
        server.goSilent(true);
        phone.print("Registered");
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class,
                () -> console.expect(Pattern.compile("Registered"), Duration.ofMillis(300)));
        assertTrue(error.getMessage().startsWith("console desk-7970 (" + server.url() + "): expected /Registered/"),
                error.getMessage());
        assertTrue(error.getMessage().endsWith("the console stayed silent the whole time"), error.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void refusedConnectionIsBrokenNamingTheServer(Mode mode) throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        String url = (mode == Mode.RAW ? "tcp" : "rfc2217") + "://127.0.0.1:" + closedPort;
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class, () -> open(url, 10));
        assertTrue(error.getMessage().startsWith("terminal server " + url + ": connect failed: ConnectException"),
                error.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void serverGoneForGoodMakesExpectBrokenWithinItsDeadline(Mode mode) {
        cable(mode);
        server.refuseConnections();
        Eventually.holds("console to notice the server went", SOON, () -> !console.isConnected());
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class,
                () -> console.expect(Pattern.compile("login:"), Duration.ofMillis(300)));
        assertTrue(error.getMessage().contains("the console is gone: port down for"), error.getMessage());
        assertTrue(error.getMessage().contains(server.url()), error.getMessage());
        assertThrows(BenchInfrastructureException.class, () -> console.send("x"));
    }
}
