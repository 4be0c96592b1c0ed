package io.phonebench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.sensitivity.SensitivityFigures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What {@code phonebench deviations} leaves in the temporary directory: nothing after a perfect catalogue. */
class DeviationsWorkDirectoryTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private DeviationsCommand command() {
        CommandLine line = new CommandLine(new DeviationsCommand());
        line.setErr(new PrintWriter(err, true));
        return line.getCommand();
    }

    private Path workWithResults() throws IOException {
        Path work = dir.resolve("phonebench-deviations1");
        Path results = Files.createDirectories(work.resolve("allure-results").resolve("whole-suite"));
        Files.writeString(work.resolve("deviations.yaml"), "name: deviations\n");
        Files.writeString(results.resolve("a-result.json"), "{}");
        Files.write(results.resolve("b-attachment.png"), new byte[] {1, 2, 3});
        return work;
    }

    @Test
    void aPerfectCatalogueRemovesItsWorkingDirectory() throws IOException {
        Path work = workWithResults();
        command().finish(work, new SensitivityFigures(36, 36, 0, 8, 8, List.of(), "whole nightly suite"));
        assertFalse(Files.exists(work), "the working directory of a perfect run is removed");
        assertEquals("", err.toString());
    }

    @Test
    void findingsKeepTheWorkingDirectoryAndSayWhereItIs() throws IOException {
        Path work = workWithResults();
        command().finish(work, new SensitivityFigures(36, 35, 1, 8, 8, List.of("missed: ..."), "whole nightly suite"));
        assertTrue(Files.exists(work.resolve("allure-results").resolve("whole-suite").resolve("a-result.json")),
                "the evidence of the findings stays");
        assertTrue(err.toString().contains("kept in " + work) && err.toString().contains("phonebench report"),
                err.toString());
    }
}
