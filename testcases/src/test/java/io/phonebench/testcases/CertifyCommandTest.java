package io.phonebench.testcases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.certify.Cell;
import io.phonebench.bench.certify.CertificationCsv;
import io.phonebench.bench.certify.CertificationMatrix;
import io.phonebench.bench.cli.ExitCode;
import io.phonebench.bench.cli.PhoneBenchCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code phonebench certify} on the virtual rig: the faithful phones certify (every cell PASSED or not applicable),
 * and a second run against the first as baseline reports no differences.
 */
/* End-to-end runs of the whole suite: bounded, but longer than the default per-test timeout on a busy CI host. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class CertifyCommandTest {
    private static final Path VIRTUAL_RIG = Rigs.path("virtual.yaml");
    private static final List<String> MODELS = List.of("CP-7960G", "CP-7941G", "CP-7970G", "CP-8861");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void captureConsole() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreConsole() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    @Test
    void certifiesFaithfulVirtualPhonesThenFindsNoDifferencesAgainstThatBaseline() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");

        int firstExit = certify("--results", first.toString());
        String firstConsole = console();
        int secondExit = certify("--results", second.toString(), "--baseline", first.toString(), "--strict");

        assertEquals(ExitCode.OK, firstExit, this::console);
        assertTrue(firstConsole.contains("warning: the phones report other firmware than --firmware 9.4(2)SR3")
                && firstConsole.contains("CP-8861=14.2(1)"), firstConsole);
        assertEquals(ExitCode.USAGE, secondExit, "--strict: phones on other firmware than --firmware; " + console());
        CertificationMatrix matrix = CertificationCsv.read(first.resolve("certification.csv"));
        assertEquals("9.4(2)SR3", matrix.firmware());
        assertEquals("virtual", matrix.rig());
        assertEquals(MODELS, matrix.models());
        assertTrue(matrix.tests().contains("ObjectTypesTest.text"), () -> "tests: " + matrix.tests());
        assertEquals(0, matrix.count(Cell.FAILED) + matrix.count(Cell.BROKEN), () -> Files.exists(first)
                ? read(first.resolve("certification.md")) : console());
        assertTrue(matrix.count(Cell.PASSED) > 0);
        assertEquals(Cell.NOT_APPLICABLE, matrix.cell("ObjectTypesTest.textBeyondClassicPushLimit", "CP-7960G")
                .orElseThrow(), "79xx-era firmware does not claim pushes beyond 512 bytes");
        assertEquals(Cell.PASSED, matrix.cell("ObjectTypesTest.textBeyondClassicPushLimit", "CP-8861").orElseThrow());

        String firstMd = read(first.resolve("certification.md"));
        assertTrue(firstMd.contains("Firmware: 9.4(2)SR3") && firstMd.contains("Rig: virtual"), firstMd);
        assertTrue(firstMd.contains("| test | CP-7960G | CP-7941G | CP-7970G | CP-8861 |"), firstMd);
        assertTrue(firstMd.contains("No baseline given"), firstMd);
        assertTrue(firstMd.contains("| firmware reported | 8.1(2.0) | 9.4(2SR3) | 9.4(2SR3) | 14.2(1) |"), firstMd);
        String html = read(first.resolve("certification.html"));
        assertTrue(html.contains("<td class=\"PASSED\">PASSED</td>") && html.contains("<th>CP-8861</th>"), html);
        for (String written : List.of("categories.json", "environment.properties", "executor.json")) {
            assertTrue(Files.isRegularFile(first.resolve("allure-results").resolve(written)), "certify writes "
                    + written + " like run does");
        }
        String environment = read(first.resolve("allure-results/environment.properties"));
        assertTrue(environment.contains("phone.desk-8861.firmware=14.2(1)"), environment);

        String secondMd = read(second.resolve("certification.md"));
        assertTrue(secondMd.contains("Baseline: " + first), secondMd);
        assertTrue(secondMd.contains("### New failures (0)") && secondMd.contains("### Fixed (0)")
                && secondMd.contains("### Still failing (0)"), secondMd);
        assertEquals(read(first.resolve("certification.csv")), read(second.resolve("certification.csv")));
    }

    @Test
    void missingBaselineDirectoryIsAUsageErrorBeforeAnyTestRuns() {
        Path missing = dir.resolve("no-such-run");

        int exit = certify("--results", dir.resolve("out").toString(), "--baseline", missing.toString());

        assertEquals(ExitCode.USAGE, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--baseline " + missing), this::console);
        assertFalse(Files.exists(dir.resolve("out")), "no run may start when the baseline is missing");
    }

    private int certify(String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "certify";
        args[1] = "--rig=" + VIRTUAL_RIG;
        args[2] = "--firmware";
        args[3] = "9.4(2)SR3";
        System.arraycopy(extra, 0, args, 4, extra.length);
        return PhoneBenchCommand.execute(args);
    }

    private String console() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
