package io.phonebench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.lease.Lease;
import io.phonebench.bench.lease.LeaseStore;
import io.phonebench.bench.lease.LeaseTerms;
import io.phonebench.bench.rig.LeaseSpec;
import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.emulator.virtual.VirtualPhone;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-off commands (push, screenshot, info, stats) against a virtual phone over real HTTP. */
class PhoneCommandsTest {
    private static VirtualPhone phone;
    private static String address;

    @BeforeAll
    static void startPhone() {
        phone = VirtualPhone.builder(PhoneCatalog.standard().model("CP-7970G")).address("127.0.4.1")
                .credentials("bench", "s3cret-pw").bootTime(Duration.ZERO).build();
        phone.start();
        phone.awaitReady(Duration.ofSeconds(10));
        address = "127.0.4.1:" + phone.uri().getPort();
    }

    @AfterAll
    static void stopPhone() {
        phone.close();
    }

    @Test
    void pushPrintsThePhonesResponse(@TempDir Path dir) throws Exception {
        Path text = hello(dir);

        Run run = run("s3cret-pw\n", "push", "--address", address, "--password-stdin", text.toString());

        assertEquals(ExitCode.OK, run.exit, run.out);
        assertTrue(run.out.contains("Status=0 Data=Success"), run.out);
    }

    @Test
    void pushWithWrongPasswordIsAnAuthenticationErrorWithoutThePassword(@TempDir Path dir) throws Exception {
        Path text = hello(dir);

        Run run = run("wrong-pw\n", "push", "--address", address, "--password-stdin", "--model", "CP-7970G",
                text.toString());

        assertEquals(ExitCode.BROKEN, run.exit, run.out);
        assertTrue(run.err.toLowerCase().contains("authentication"), run.err);
        assertTrue(!run.err.contains("wrong-pw") && !run.out.contains("wrong-pw"), run.err);
    }

    @Test
    void pushOverTheModelsLimitIsRefusedBeforeSending(@TempDir Path dir) throws Exception {
        Path big = Files.writeString(dir.resolve("big.xml"), "<CiscoIPPhoneText><Title>Big</Title><Text>"
                + "x".repeat(600) + "</Text></CiscoIPPhoneText>");

        Run run = run("s3cret-pw\n", "push", "--address", address, "--password-stdin", big.toString());

        assertEquals(ExitCode.USAGE, run.exit, run.err);
        assertTrue(run.err.contains("Execute"), run.err);
    }

    @Test
    void screenshotIsSavedAsPngAtTheModelsPanelSize(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("screen.png");

        Run run = run("s3cret-pw\n", "screenshot", "--address", address, "--password-stdin", "-o", png.toString());

        assertEquals(ExitCode.OK, run.exit, run.err);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(PhoneCatalog.standard().model("CP-7970G").screenshotWidth(), image.getWidth());
    }

    @Test
    void aScreenshotOutputThatCannotBeAFileIsRefusedBeforeThePhoneIsAsked(@TempDir Path dir) throws Exception {
        long asked = screenshotsTaken();

        Run intoDirectory = run("s3cret-pw\n", "screenshot", "--address", address, "--password-stdin", "-o",
                dir.toString());
        Run intoNowhere = run("s3cret-pw\n", "screenshot", "--address", address, "--password-stdin", "-o",
                dir.resolve("no-such-dir").resolve("screen.png").toString());

        assertEquals(ExitCode.USAGE, intoDirectory.exit(), intoDirectory.err());
        assertTrue(intoDirectory.err().contains("is a directory: name the file to write, e.g. "
                + dir.resolve("screenshot.png")), intoDirectory.err());
        assertEquals(ExitCode.USAGE, intoNowhere.exit(), intoNowhere.err());
        assertTrue(intoNowhere.err().contains("there is no directory " + dir.resolve("no-such-dir")),
                intoNowhere.err());
        assertFalse(intoDirectory.err().contains("\tat ") || intoNowhere.err().contains("\tat "),
                "a user mistake never shows a stack trace");
        assertEquals(asked, screenshotsTaken(), "the phone was asked for a screenshot it could not be saved from");
    }

    private static long screenshotsTaken() {
        return phone.requests().stream().filter(r -> r.path().equals("/CGI/Screenshot")).count();
    }

    @Test
    void aPageOrSlotThePhoneDoesNotHaveIsAUsageError() throws Exception {
        Run port = run("s3cret-pw\n", "info", "--address", address, "--password-stdin", "--page", "port:9");
        Run slot = run("s3cret-pw\n", "stats", "--address", address, "--password-stdin", "--slot", "9");

        assertEquals(ExitCode.USAGE, port.exit(), port.err());
        assertTrue(port.err().contains("--page port:9: ") && port.err().contains("PortInformationX?9 answered HTTP 404")
                && port.err().contains("typically 1-3"), port.err());
        assertEquals(ExitCode.USAGE, slot.exit(), slot.err());
        assertTrue(slot.err().contains("--slot 9: ") && slot.err().contains("StreamingStatisticsX?9 answered HTTP 404"),
                slot.err());
    }

    @Test
    void aMistypedModelIsAUsageErrorNamingTheNearestOne(@TempDir Path dir) throws Exception {
        Path text = hello(dir);

        Run run = run("s3cret-pw\n", "push", "--address", address, "--password-stdin", "--model", "CP-7970",
                text.toString());

        assertEquals(ExitCode.USAGE, run.exit(), run.err());
        assertTrue(run.err().contains("--model: unknown phone model 'CP-7970': did you mean 'CP-7970G'?"), run.err());
    }

    @Test
    void infoPrintsDeviceInformationFields() throws Exception {
        Run run = run("s3cret-pw\n", "info", "--address", address, "--password-stdin");

        assertEquals(ExitCode.OK, run.exit, run.err);
        assertTrue(run.out.contains("modelNumber") && run.out.contains("CP-7970G"), run.out);
        assertTrue(run.out.contains(phone.identity().serialNumber()), run.out);
    }

    @Test
    void statsPrintsAnIdleStreamSlot() throws Exception {
        Run run = run("s3cret-pw\n", "stats", "--address", address, "--password-stdin", "--slot", "1");

        assertEquals(ExitCode.OK, run.exit, run.err);
        assertTrue(run.out.contains("StreamStatus"), run.out);
    }

    @Test
    void unknownPageIsAUsageError() throws Exception {
        Run run = run("s3cret-pw\n", "info", "--address", address, "--password-stdin", "--page", "bogus");

        assertEquals(ExitCode.USAGE, run.exit);
        assertTrue(run.err.contains("--page bogus"), run.err);
    }

    @Test
    void pushToAPhoneAnotherRunHoldsIsRefusedAndSendsNothing(@TempDir Path dir) throws Exception {
        Path text = hello(dir);
        long before = phone.requestsReceived();
        try (LeaseStore store = LeaseStore.of(LeaseSpec.DIRECTORY);
             Lease run = store.acquire("phone:127.0.4.1", new LeaseTerms(Duration.ofMinutes(5), Duration.ZERO,
                     Duration.ofMinutes(1)))) {
            Run push = run("s3cret-pw\n", "push", "--address", address, "--password-stdin", "--lease-wait", "1s",
                    text.toString());

            assertEquals(ExitCode.BROKEN, push.exit(), push.out() + push.err());
            assertTrue(push.err().contains("phone:127.0.4.1 is leased by") && push.err().contains("waited 1 s"),
                    push.err());
            assertEquals(before, phone.requestsReceived(), "the push reached a phone another run holds");
        }
    }

    @Test
    void screenshotOfAPhoneAnotherRunHoldsIsRefused(@TempDir Path dir) throws Exception {
        try (LeaseStore store = LeaseStore.of(LeaseSpec.DIRECTORY);
             Lease run = store.acquire("phone:127.0.4.1", new LeaseTerms(Duration.ofMinutes(5), Duration.ZERO,
                     Duration.ofMinutes(1)))) {
            Run screenshot = run("s3cret-pw\n", "screenshot", "--address", address, "--password-stdin",
                    "--lease-wait", "0", "-o", dir.resolve("screen.png").toString());

            assertEquals(ExitCode.BROKEN, screenshot.exit(), screenshot.out() + screenshot.err());
            assertTrue(screenshot.err().contains("phone:127.0.4.1 is leased by"), screenshot.err());
            assertTrue(!Files.exists(dir.resolve("screen.png")));
        }
    }

    /** A small Text object to push. */
    private static Path hello(Path dir) throws IOException {
        return Files.writeString(dir.resolve("hello.xml"),
                "<CiscoIPPhoneText><Title>Hi</Title><Text>Hello</Text></CiscoIPPhoneText>");
    }

    record Run(int exit, String out, String err) {
    }

    /** Runs the CLI with this standard input, capturing what it prints. */
    static Run run(String stdin, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            var cli = PhoneBenchCommand.commandLine();
            cli.setErr(new java.io.PrintWriter(System.err, true));
            int exit = cli.execute(args);
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
        }
    }
}
