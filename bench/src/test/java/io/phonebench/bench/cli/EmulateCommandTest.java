package io.phonebench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EmulateCommandTest {
    private static final Pattern PHONE_LINE = Pattern.compile("(?m)^(CP-\\S+)\\s+(http://\\S+/)\\s+SEP\\S+");

    @Test
    void startsEachModelOnConsecutiveAddressesAndPrintsTheirUrls() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = PhoneBenchCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> exit = runner.submit(() -> cli.execute("emulate", "--models", "CP-7970G,CP-7960G",
                    "--bind", "127.0.2.1", "--boot-time", "PT0S"));
            String printed = awaitText(out, "Running until interrupted", Duration.ofSeconds(10));
            Matcher m = PHONE_LINE.matcher(printed);
            assertTrue(m.find(), printed);
            assertEquals("CP-7970G", m.group(1));
            assertTrue(m.group(2).startsWith("http://127.0.2.1:"), printed);
            String first = m.group(2);
            assertTrue(m.find(), printed);
            assertEquals("CP-7960G", m.group(1));
            assertTrue(m.group(2).startsWith("http://127.0.2.2:"), printed);

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(first + "DeviceInformationX"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(page.body().contains("<modelNumber>CP-7970G</modelNumber>"), page.body());

            runner.shutdownNow();   // interrupts the command, as Ctrl-C's shutdown would end it
            assertEquals(ExitCode.OK, exit.get(5, TimeUnit.SECONDS));
        } finally {
            runner.shutdownNow();
        }
    }

    @Test
    void unknownModelExits64ListingKnownModels() {
        StringWriter err = new StringWriter();
        CommandLine cli = PhoneBenchCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute("emulate", "--models", "CP-7970G,CP-1234");
        assertEquals(ExitCode.USAGE, exit);
        for (String known : List.of("'CP-1234'", "CP-7970G", "CP-8861")) {
            assertTrue(err.toString().contains(known), err.toString());
        }
    }

    private static String awaitText(StringWriter out, String wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!out.toString().contains(wanted)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected '" + wanted + "' within " + timeout + ", printed so far: " + out);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));   // polling, bounded by the deadline
        }
        return out.toString();
    }
}
