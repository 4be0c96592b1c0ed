package io.phonebench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.emulator.virtual.VirtualPhone;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes on the command line and refusals by the phone are one message and the documented exit code (64 usage,
 * 1 the phone refused, 2 unreachable), never a stack trace. Each runs through the CLI entry point.
 */
@Tag("reliability")
class OneOffCommandMessagesTest {
    private static VirtualPhone phone;
    private static String address;

    @BeforeAll
    static void startPhone() {
        phone = VirtualPhone.builder(PhoneCatalog.standard().model("CP-7970G")).address("127.0.4.21")
                .credentials("bench", "s3cret-pw").bootTime(Duration.ZERO).build();
        phone.start();
        phone.awaitReady(Duration.ofSeconds(10));
        address = "127.0.4.21:" + phone.uri().getPort();
    }

    @AfterAll
    static void stopPhone() {
        phone.close();
    }

    private static void assertMessage(PhoneCommandsTest.Run run, int exit, String says) {
        assertEquals(exit, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains(says), run.err());
        assertFalse(run.err().contains("\tat ") || run.err().contains("java.lang."), "no stack trace: " + run.err());
        assertFalse(run.err().contains("s3cret-pw") || run.out().contains("s3cret-pw"), run.err());
    }

    private static Path hello(Path dir) throws IOException {
        return Files.writeString(dir.resolve("hello.xml"),
                "<CiscoIPPhoneText><Title>Hi</Title><Text>Hello</Text></CiscoIPPhoneText>");
    }

    @Test
    void pushToPortZeroIsAUsageError(@TempDir Path dir) throws IOException {
        PhoneCommandsTest.Run run = PhoneCommandsTest.run("s3cret-pw\n", "push", "--address", "127.0.4.21:0",
                "--password-stdin", hello(dir).toString());
        assertMessage(run, ExitCode.USAGE, "--address 127.0.4.21:0: expected a port 1..65535");
    }

    @Test
    void addressWithAnEmptyHostIsAUsageError(@TempDir Path dir) throws IOException {
        PhoneCommandsTest.Run run = PhoneCommandsTest.run("s3cret-pw\n", "push", "--address", ":80",
                "--password-stdin", hello(dir).toString());
        assertMessage(run, ExitCode.USAGE, "--address :80: expected HOST or HOST:PORT");
    }

    @Test
    void negativeStatsSlotIsAUsageError() {
        PhoneCommandsTest.Run run = PhoneCommandsTest.run("s3cret-pw\n", "stats", "--address", address,
                "--password-stdin", "--slot", "-1");
        assertMessage(run, ExitCode.USAGE, "--slot -1: expected a stream slot 0 or more");
    }

    @Test
    void negativeLogPageIsAUsageError() {
        PhoneCommandsTest.Run run = PhoneCommandsTest.run("s3cret-pw\n", "info", "--address", address,
                "--password-stdin", "--page", "log:-1");
        assertMessage(run, ExitCode.USAGE, "--page log:-1: expected a number 0 or more after ':'");
    }

    @Test
    void negativePortPageIsAUsageError() {
        PhoneCommandsTest.Run run = PhoneCommandsTest.run("s3cret-pw\n", "info", "--address", address,
                "--password-stdin", "--page", "port:-3");
        assertMessage(run, ExitCode.USAGE, "--page port:-3: expected a number 0 or more after ':'");
    }

    @Test
    void unknownModelIsAUsageErrorNamingTheCatalog(@TempDir Path dir) throws IOException {
        PhoneCommandsTest.Run run = PhoneCommandsTest.run("s3cret-pw\n", "push", "--address", address,
                "--password-stdin", "--model", "CP-7970", hello(dir).toString());
        assertMessage(run, ExitCode.USAGE, "CP-7970");
    }

    @Test
    void pushAnsweredWithAnErrorObjectIsThePhoneRefusing(@TempDir Path dir) throws IOException {
        HttpServer refusing = HttpServer.create(new InetSocketAddress("127.0.4.22", 0), 0);
        refusing.createContext("/CGI/Execute", exchange -> {
            byte[] body = "<CiscoIPPhoneError Number=\"1\" />".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        refusing.start();
        try {
            PhoneCommandsTest.Run run = PhoneCommandsTest.run("s3cret-pw\n", "push", "--address",
                    "127.0.4.22:" + refusing.getAddress().getPort(), "--password-stdin", "--model", "CP-7970G",
                    hello(dir).toString());
            assertMessage(run, ExitCode.FAILED, "CiscoIPPhoneError Number=\"1\"");
        } finally {
            refusing.stop(0);
        }
    }

    @Test
    void unreachablePhoneIsBroken(@TempDir Path dir) throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.4.23"))) {
            closedPort = s.getLocalPort();
        }
        PhoneCommandsTest.Run run = PhoneCommandsTest.run("s3cret-pw\n", "push", "--address",
                "127.0.4.23:" + closedPort, "--password-stdin", "--model", "CP-7970G", hello(dir).toString());
        assertMessage(run, ExitCode.BROKEN, "infrastructure:");
    }

    /** The resolving side is proven with a set variable in RigValuesAtLoadTest; here the whole CLI path. */
    @Test
    void rigNameFromThePasswordIsRefusedWithoutPrintingIt(@TempDir Path dir) throws IOException {
        Path rig = Files.writeString(dir.resolve("lab.yaml"), """
                name: "${PHONEBENCH_PASSWORD}"
                credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                phones:
                  - { name: lab-7960, model: CP-7960G, address: 127.0.5.1 }
                """);
        PhoneCommandsTest.Run run = PhoneCommandsTest.run("", "power", "status", "--rig", rig.toString(),
                "--phone", "lab-7960");
        assertMessage(run, ExitCode.USAGE, rig + ":1: name: found '${PHONEBENCH_PASSWORD}', but ${...}"
                + " placeholders are allowed only in");
        String password = System.getenv("PHONEBENCH_PASSWORD");
        if (password != null && !password.isEmpty()) {
            assertFalse(run.err().contains(password) || run.out().contains(password), "password printed");
        }
    }
}
