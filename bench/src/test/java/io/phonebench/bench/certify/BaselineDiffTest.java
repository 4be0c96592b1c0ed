package io.phonebench.bench.certify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.rig.RigConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Differences between a certification and its baseline, cell by cell, on synthetic matrices. */
class BaselineDiffTest {
    @TempDir
    Path dir;

    private static final List<String> MODELS = List.of("CP-7960G", "CP-8861");

    private static CertificationMatrix matrix(String firmware, Map<String, Map<String, Cell>> cells) {
        return new CertificationMatrix(firmware, "virtual", MODELS, cells, List.of());
    }

    private final CertificationMatrix baseline = matrix("9.3", Map.of(
            "A.text", Map.of("CP-7960G", Cell.PASSED, "CP-8861", Cell.FAILED),
            "A.menu", Map.of("CP-7960G", Cell.BROKEN, "CP-8861", Cell.PASSED),
            "A.image", Map.of("CP-7960G", Cell.NOT_APPLICABLE, "CP-8861", Cell.FAILED)));

    private final CertificationMatrix current = matrix("9.4", Map.of(
            "A.text", Map.of("CP-7960G", Cell.FAILED, "CP-8861", Cell.PASSED),
            "A.menu", Map.of("CP-7960G", Cell.FAILED, "CP-8861", Cell.PASSED),
            "A.image", Map.of("CP-7960G", Cell.NOT_APPLICABLE, "CP-8861", Cell.NOT_APPLICABLE),
            "A.input", Map.of("CP-7960G", Cell.BROKEN, "CP-8861", Cell.PASSED)));

    @Test
    void sortsCellsIntoNewFailuresFixedAndStillFailing() {
        BaselineDiff diff = BaselineDiff.between(baseline, current);

        assertEquals(List.of("A.input on CP-7960G: not in baseline -> BROKEN",
                "A.text on CP-7960G: PASSED -> FAILED"), describe(diff.newFailures()));
        assertEquals(List.of("A.text on CP-8861: FAILED -> PASSED"), describe(diff.fixed()));
        assertEquals(List.of("A.menu on CP-7960G: BROKEN -> FAILED"), describe(diff.stillFailing()));
        assertEquals("9.3", diff.baselineFirmware());
    }

    @Test
    void failureThatBecameNotApplicableIsNeitherFixedNorFailing() {
        BaselineDiff diff = BaselineDiff.between(baseline, current);

        assertTrue(diff.fixed().stream().noneMatch(c -> c.test().equals("A.image")));
        assertTrue(diff.newFailures().stream().noneMatch(c -> c.test().equals("A.image")));
    }

    @Test
    void identicalRunsHaveNoDifferences() {
        BaselineDiff diff = BaselineDiff.between(current, current);

        assertTrue(diff.newFailures().isEmpty() && diff.fixed().isEmpty());
        assertEquals(3, diff.stillFailing().size());
    }

    @Test
    void markdownListsEachSectionWithItsCount() {
        BaselineDiff diff = BaselineDiff.between(baseline, current);

        String md = CertificationMarkdown.render(current,
                Optional.of(new CertificationMarkdown.Baseline(Path.of("runs/9.3"), diff)));

        assertTrue(md.contains("Baseline: runs/9.3 (firmware 9.3)"), md);
        assertTrue(md.contains("### New failures (2)\n\n- A.input on CP-7960G: not in baseline -> BROKEN\n"), md);
        assertTrue(md.contains("### Fixed (1)\n\n- A.text on CP-8861: FAILED -> PASSED\n"), md);
        assertTrue(md.contains("### Still failing (1)\n\n- A.menu on CP-7960G: BROKEN -> FAILED\n"), md);
    }

    @Test
    void missingBaselineDirectoryIsAConfigurationError() {
        Path missing = dir.resolve("nope");

        RigConfigurationException e = assertThrows(RigConfigurationException.class, () -> BaselineRun.load(missing));

        assertTrue(e.getMessage().contains("--baseline " + missing + ": expected the output directory"),
                e.getMessage());
    }

    @Test
    void baselineDirectoryWithoutCsvIsAConfigurationError() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));

        RigConfigurationException e = assertThrows(RigConfigurationException.class, () -> BaselineRun.load(empty));

        assertTrue(e.getMessage().contains("expected certification.csv in it"), e.getMessage());
    }

    @Test
    void baselineIsReadFromTheCsvOfAnEarlierRun() {
        CertificationCsv.write(baseline, dir);

        CertificationMatrix read = BaselineRun.load(dir);

        assertEquals(baseline.cells(), read.cells());
    }

    private static List<String> describe(List<BaselineDiff.Change> changes) {
        return changes.stream().map(BaselineDiff.Change::describe).toList();
    }
}
