package io.phonebench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --report} refuses, before any test runs, to put its report where the results are. */
@Tag("reliability")
class ReportPlacesTest {

    @Test
    void runWithTheReportOnTheResultsIsAUsageErrorAndKeepsTheResults(@TempDir Path dir) throws Exception {
        Path results = Files.createDirectories(dir.resolve("allure-results"));
        Path earlier = Files.writeString(results.resolve("1234-result.json"), "{}");

        PhoneCommandsTest.Run run = PhoneCommandsTest.run("", "run", "--rig", RigCommandsTest.virtualRig().toString(),
                "--results", results.toString(), "--report", "--report-dir", results.toString());

        assertEquals(ExitCode.USAGE, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("would delete the results"), run.err());
        assertTrue(Files.exists(earlier), "the results are still there");
        assertTrue(!run.out().contains("running"), "no test ran: " + run.out());
    }
}
