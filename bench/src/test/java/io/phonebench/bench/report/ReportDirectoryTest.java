package io.phonebench.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.rig.RigConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report never replaces results or anything else the bench did not write. */
@Tag("reliability")
class ReportDirectoryTest {
    @TempDir
    Path tmp;

    @Test
    void aReportOntoItsOwnResultsIsRefusedAndTheResultsStay() throws Exception {
        Path results = Files.createDirectories(tmp.resolve("allure-report"));
        Path result = Files.writeString(results.resolve("0000-result.json"), "{\"name\":\"kept\"}");

        RigConfigurationException refused = assertThrows(RigConfigurationException.class,
                () -> AllureReport.generate(results, tmp.resolve("allure-report/.")));

        assertTrue(refused.getMessage().contains("would delete the results"), refused.getMessage());
        assertTrue(refused.getMessage().contains("run --report-dir, report --into), e.g. "
                + results.toRealPath().resolveSibling("allure-report-report")), refused.getMessage());
        assertEquals("{\"name\":\"kept\"}", Files.readString(result));
    }

    @Test
    void aReportInsideTheResultsIsRefused() throws Exception {
        Path results = Files.createDirectories(tmp.resolve("allure-results"));

        assertThrows(RigConfigurationException.class,
                () -> AllureReport.checkPlaces(results, results.resolve("report")));
    }

    @Test
    void aDirectoryTheBenchDidNotWriteIsNeverTheReport() throws Exception {
        Path results = Files.createDirectories(tmp.resolve("allure-results"));
        Path report = Files.createDirectories(tmp.resolve("allure-report"));
        Path notes = Files.writeString(report.resolve("notes.txt"), "mine");

        RigConfigurationException refused = assertThrows(RigConfigurationException.class,
                () -> AllureReport.generate(results, report));

        assertTrue(refused.getMessage().contains("not written by phonebench")
                && refused.getMessage().contains("name another report directory (run --report-dir, report --into)"),
                refused.getMessage());
        assertEquals("mine", Files.readString(notes));
        assertEquals(1, Files.list(report).count(), "nothing was added to a directory that is not the bench's");
    }

    @Test
    void generatingAgainReplacesTheReportAndDeletesNothingElse() throws Exception {
        Path results = Files.createDirectories(tmp.resolve("allure-results"));
        Path report = tmp.resolve("allure-report");
        Path allure = standInAllure();
        AllureReport.generate(allure, results, report, Duration.ofMinutes(1));
        Path beside = Files.writeString(report.resolve("beside.txt"), "kept");

        Path index = AllureReport.generate(allure, results, report, Duration.ofMinutes(1));

        assertEquals(report.resolve("index.html").toRealPath(), index.toRealPath());
        assertTrue(Files.isRegularFile(report.resolve(ReportDirectory.MARKER)));
        assertEquals("kept", Files.readString(beside));
        try (var siblings = Files.list(tmp)) {
            assertEquals(3, siblings.count(), "the staging directory is gone");
        }
    }

    /** Writes index.html where allure would ({@code generate --single-file --clean -o DIR RESULTS}). */
    private Path standInAllure() throws Exception {
        Path script = Files.createDirectories(tmp.resolve("allure/bin")).resolve("allure");
        Files.writeString(script, """
                #!/bin/sh
                [ "$3" = --clean ] && [ -d "$5" ] && [ -z "$(ls -A "$5")" ] || exit 3
                echo "<html><title>Allure Report</title></html>" > "$5/index.html"
                """);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
