package io.phonebench.bench.certify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.verdict.Outcome;
import io.phonebench.bench.run.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model x test matrix built from synthetic run results, and its CSV and Markdown forms. */
class CertificationMatrixTest {
    @TempDir
    Path dir;

    private static final Map<String, String> RIG = phones();

    private static Map<String, String> phones() {
        Map<String, String> phones = new LinkedHashMap<>();
        phones.put("desk-7960", "CP-7960G");
        phones.put("desk-8861", "CP-8861");
        phones.put("desk-8861b", "CP-8861");
        return phones;
    }

    private static RunSummary.Result result(String test, String phone, Outcome outcome) {
        return new RunSummary.Result(test, phone, outcome, outcome == Outcome.PASSED ? "" : "why " + phone, 5);
    }

    @Test
    void skippedTestIsNotApplicableToItsModel() {
        CertificationMatrix matrix = CertificationMatrix.of("9.4", "virtual", RIG, List.of(
                result("ObjectTypesTest.image", "desk-7960", Outcome.SKIPPED),
                result("ObjectTypesTest.image", "desk-8861", Outcome.PASSED)));

        assertEquals(Optional.of(Cell.NOT_APPLICABLE), matrix.cell("ObjectTypesTest.image", "CP-7960G"));
        assertEquals(Optional.of(Cell.PASSED), matrix.cell("ObjectTypesTest.image", "CP-8861"));
    }

    @Test
    void twoPhonesOfOneModelCombineToTheWorseResult() {
        CertificationMatrix matrix = CertificationMatrix.of("9.4", "virtual", RIG, List.of(
                result("ObjectTypesTest.text", "desk-8861", Outcome.PASSED),
                result("ObjectTypesTest.text", "desk-8861b", Outcome.FAILED)));

        assertEquals(List.of("CP-7960G", "CP-8861"), matrix.models());
        assertEquals(Optional.of(Cell.FAILED), matrix.cell("ObjectTypesTest.text", "CP-8861"));
        assertEquals(List.of("FAILED ObjectTypesTest.text on desk-8861b (CP-8861): why desk-8861b"),
                matrix.problems());
    }

    @Test
    void classThatBrokeBeforeItsPhonesCountsAgainstEveryModel() {
        CertificationMatrix matrix = CertificationMatrix.of("9.4", "virtual", RIG, List.of(
                result("DevicePagesTest", "-", Outcome.BROKEN)));

        assertEquals(Optional.of(Cell.BROKEN), matrix.cell("DevicePagesTest", "CP-7960G"));
        assertEquals(Optional.of(Cell.BROKEN), matrix.cell("DevicePagesTest", "CP-8861"));
    }

    @Test
    void csvRoundTripsTheMatrixWithFirmwareAndRigOnEveryRow() {
        CertificationMatrix matrix = CertificationMatrix.of("9.4(2)SR3, beta", "lab \"A\"", RIG, List.of(
                result("ObjectTypesTest.image", "desk-7960", Outcome.SKIPPED),
                result("ObjectTypesTest.text", "desk-8861", Outcome.BROKEN)));

        Path csv = CertificationCsv.write(matrix, dir);
        CertificationMatrix read = CertificationCsv.read(csv);

        assertEquals(matrix.firmware(), read.firmware());
        assertEquals(matrix.rig(), read.rig());
        assertEquals(matrix.models(), read.models());
        assertEquals(matrix.cells(), read.cells());
        assertTrue(CertificationCsv.render(matrix).startsWith("firmware,rig,test,CP-7960G,CP-8861\n"
                + "\"9.4(2)SR3, beta\",\"lab \"\"A\"\"\",ObjectTypesTest.image,not applicable,\n"));
    }

    @Test
    void firmwareThatLooksLikeAFormulaIsWrittenAsText() {
        CertificationMatrix matrix = CertificationMatrix.of("=HYPERLINK(\"http://x/\",\"9.4\")", "@rig", RIG,
                List.of(result("ObjectTypesTest.text", "desk-8861", Outcome.PASSED)));

        String csv = CertificationCsv.render(matrix);

        String row = csv.lines().skip(1).findFirst().orElseThrow();
        assertTrue(row.startsWith("\"'=HYPERLINK(\"\"http://x/\"\",\"\"9.4\"\")\",'@rig,"), row);
        for (String start : List.of("+1", "-1", "\t=1", "\r=1")) {
            assertEquals("'" + start, CertificationCsv.neutralised(start));
        }
        assertEquals("9.4(2)SR3", CertificationCsv.neutralised("9.4(2)SR3"));
    }

    @Test
    void neutralisedAndMultiLineFieldsRoundTrip() {
        CertificationMatrix matrix = CertificationMatrix.of("-beta\n=2+3", "+lab", RIG, List.of(
                result("ObjectTypesTest.text", "desk-8861", Outcome.FAILED)));

        Path csv = CertificationCsv.write(matrix, dir);
        CertificationMatrix read = CertificationCsv.read(csv);

        assertEquals("-beta\n=2+3", read.firmware());
        assertEquals("+lab", read.rig());
        assertEquals(matrix.cells(), read.cells());
        assertTrue(CertificationCsv.render(matrix).contains("\"'-beta\n=2+3\""), "a line break is quoted");
    }

    @Test
    void malformedCsvNamesFileAndLine() throws IOException {
        Path csv = Files.writeString(dir.resolve("certification.csv"),
                "firmware,rig,test,CP-7960G\n9.4,virtual,ObjectTypesTest.text,GREEN\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CertificationCsv.read(csv));

        assertTrue(e.getMessage().startsWith(csv + ":2 column CP-7960G: expected one of PASSED"), e.getMessage());
        assertTrue(e.getMessage().endsWith("saw 'GREEN'"), e.getMessage());
    }

    @Test
    void markdownHasHeaderMatrixAndProblems() {
        CertificationMatrix matrix = CertificationMatrix.of("9.4", "virtual", RIG, List.of(
                result("ObjectTypesTest.image", "desk-7960", Outcome.SKIPPED),
                result("ObjectTypesTest.image", "desk-8861", Outcome.FAILED)));

        String md = CertificationMarkdown.render(matrix, Optional.empty());

        assertTrue(md.contains("- Firmware: 9.4\n- Rig: virtual\n"), md);
        assertTrue(md.contains("| test | CP-7960G | CP-8861 |\n|---|---|---|\n"
                + "| ObjectTypesTest.image | not applicable | FAILED |\n"), md);
        assertTrue(md.contains("- FAILED ObjectTypesTest.image on desk-8861 (CP-8861): why desk-8861\n"), md);
        assertTrue(md.contains("No baseline given"), md);
    }
}
