package io.phonebench.drivers.console;

import io.phonebench.drivers.serial.Eventually;
import io.phonebench.emulator.serial.PseudoTerminalPair;
import io.phonebench.emulator.serial.SimulatedConsole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The console driver against the real ser2net (Debian's ser2net 4, YAML configuration; .ci/run installs it), in front
 * of a socat pty whose other end is a simulated console: raw TCP ({@code accepter: tcp,...}) and Telnet with RFC 2217
 * ({@code accepter: telnet(rfc2217),tcp,...}), where ser2net sets the pty's line from the bench's COM-PORT-OPTION.
 */
class Ser2netConsoleTest {
    /** The whole version line: expect matches the unfinished line, so an open end (\\S+) could match half of it. */
    private static final Pattern VERSION = Pattern.compile(Pattern.quote("CP-7970G SCCP70.9-4-2SR3-1S"));
    private static final Duration SOON = Duration.ofSeconds(5);
    @TempDir
    Path dir;
    private SimulatedConsole phone;
    private Process ser2net;
    private SerialConsole console;

    @AfterEach
    void stop() throws InterruptedException {
        if (console != null) {
            console.close();
        }
        if (ser2net != null) {
            ser2net.destroy();
            if (!ser2net.waitFor(3, TimeUnit.SECONDS)) {
                ser2net.destroyForcibly();
            }
        }
        if (phone != null) {
            phone.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp", "telnet(rfc2217),tcp"})
    void consoleWorksThroughSer2net(String accepter) throws Exception {
        PseudoTerminalPair pair = PseudoTerminalPair.start(dir, "ttyPHONE");
        phone = new SimulatedConsole("desk-7970", pair, "SEP001122334455> ", "CP-7970G SCCP70.9-4-2SR3-1S", () -> { });
        int port = freePort();
        Path config = dir.resolve("ser2net.yaml");
        Files.writeString(config, String.join("\n",
                "%YAML 1.1",
                "---",
                "connection: &phone",
                "  accepter: " + accepter + ",127.0.0.1," + port,
                "  enable: on",
                "  options:",
                "    kickolduser: true",
                "  connector: serialdev," + pair.benchEnd() + ",9600n81,local",
                ""));
        ser2net = new ProcessBuilder(List.of("ser2net", "-n", "-d", "-u", "-c", config.toString(),
                "-P", dir.resolve("ser2net.pid").toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("ser2net.out").toFile()).start();
        Eventually.holds("ser2net to listen on " + port, SOON, () -> accepts(port));

        String scheme = accepter.startsWith("telnet") ? "rfc2217" : "tcp";
        console = new SerialConsole("desk-7970", ConsoleAddress.parse(scheme + "://127.0.0.1:" + port, 115200),
                ConsoleSettings.defaults());
        console.start();
        console.send("show version\r");
        assertEquals("CP-7970G SCCP70.9-4-2SR3-1S", console.expect(VERSION, SOON).line());
        phone.print("Kernel loaded \u00e9");   // UTF-8 beyond ASCII passes unchanged
        assertEquals("Kernel loaded \u00e9", console.expect(Pattern.compile("Kernel loaded \\S"), SOON).matched());
        if (scheme.equals("rfc2217")) {
            String stty = new String(new ProcessBuilder("stty", "-F", pair.benchEnd().toString()).start()
                    .getInputStream().readAllBytes());
            assertEquals("speed 115200 baud;", stty.lines().findFirst().orElse("").split(" line")[0].strip(),
                    "ser2net set the pty's line from COM-PORT-OPTION: " + stty);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
