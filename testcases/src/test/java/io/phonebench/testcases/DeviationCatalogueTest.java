package io.phonebench.testcases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.sensitivity.CataloguedDeviation;
import io.phonebench.bench.sensitivity.DeviationCatalogue;
import io.phonebench.bench.sensitivity.SensitivityFigures;
import io.phonebench.bench.sensitivity.SensitivityRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, the oracle's sensitivity as one figure: the whole nightly suite on one virtual phone per catalogued
 * deviation (and per legal variation) must catch every deviation with exactly its pinned tests and their evidence,
 * fail nothing else anywhere in the suite (a deviation that leaves state behind, a Status object or a cookie session,
 * must not fail the tests after its own), and pass every legal variation. The same run as {@code phonebench
 * deviations}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeviationCatalogueTest {
    private SensitivityFigures figures;
    private String printed;

    @BeforeAll
    // a bound for a stuck run, not a speed target
    @Timeout(value = 900, unit = TimeUnit.SECONDS)
    void runTheCatalogue(@TempDir Path work) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        figures = new SensitivityRun(new PrintStream(out, true, StandardCharsets.UTF_8)).run(work,
                DeviationCatalogue.ENTRIES, SensitivityRun.legalVariations(), SensitivityRun.Scope.WHOLE_SUITE);
        printed = out.toString(StandardCharsets.UTF_8);
        System.out.println(figures.line());
    }

    @Test
    void catalogueHoldsThirtyDeviationsOnDistinctPhones() {
        Set<String> phones = new HashSet<>();
        DeviationCatalogue.ENTRIES.forEach(d -> assertTrue(phones.add(d.phoneName()), "phone used twice: "
                + d.phoneName()));
        assertTrue(DeviationCatalogue.ENTRIES.size() >= 30, "expected at least 30 deviations, the catalogue has "
                + DeviationCatalogue.ENTRIES.size());
        assertTrue(DeviationCatalogue.ENTRIES.stream().map(CataloguedDeviation::tests).allMatch(t -> !t.isEmpty()),
                "expected every deviation pinned to at least one test");
    }

    @Test
    void everyDeviationIsCaughtByItsOwnTestsAndNothingElseFails() {
        String findings = String.join("\n", figures.findings());
        assertEquals(figures.deviationsTotal(), figures.deviationsCaught(), figures.line() + "\n" + findings
                + "\nrun output:\n" + printed);
        assertEquals(SensitivityRun.Scope.WHOLE_SUITE.description(), figures.unrelatedScope());
        assertEquals(0, figures.unrelatedFailures(), figures.line() + "\n" + findings);
    }

    @Test
    void everyLegalVariationPasses() {
        assertEquals(figures.legalVariationsTotal(), figures.legalVariationsPassed(), figures.line() + "\n"
                + String.join("\n", figures.findings()));
    }
}
