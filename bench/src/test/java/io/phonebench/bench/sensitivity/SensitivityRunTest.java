package io.phonebench.bench.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.rig.Rig;
import io.phonebench.bench.rig.RigFile;
import io.phonebench.bench.verdict.Outcome;
import io.phonebench.bench.run.RunSummary.Result;
import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.emulator.deviation.Deviation;
import io.phonebench.emulator.virtual.FirmwareProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring of a deviation run and the rig it generates; the run itself is DeviationCatalogueTest (testcases). */
class SensitivityRunTest {
    private final CataloguedDeviation cookie = new CataloguedDeviation("keeps-fifth-cookie", "CP-7941G", "4 cookies",
            "seed", Set.of("CookieTest.a", "CookieTest.b"), Pattern.compile("pb5=five"));

    @Test
    void caughtOnlyWhenEveryPinnedTestFailsWithItsEvidence() {
        String phone = cookie.phoneName();
        List<Result> results = List.of(
                new Result("CookieTest.a", phone, Outcome.FAILED, "saw pb5=five", 1),
                new Result("CookieTest.b", phone, Outcome.FAILED, "saw something else", 1),
                new Result("CookieTest.c", phone, Outcome.PASSED, "", 1));

        SensitivityFigures figures = SensitivityRun.score(results, List.of(cookie), List.of());

        assertEquals(0, figures.deviationsCaught());
        assertEquals(0, figures.unrelatedFailures());
        assertTrue(figures.findings().get(0).startsWith("missed keeps-fifth-cookie-7941: CookieTest.b"),
                figures.findings().toString());
    }

    @Test
    void failureBesideThePinsIsUnrelated() {
        String phone = cookie.phoneName();
        List<Result> results = List.of(
                new Result("CookieTest.a", phone, Outcome.FAILED, "saw pb5=five", 1),
                new Result("CookieTest.b", phone, Outcome.FAILED, "pb5=five again", 1),
                new Result("CookieTest.c", phone, Outcome.BROKEN, "relay silent", 1));

        SensitivityFigures figures = SensitivityRun.score(results, List.of(cookie), List.of("en-language"));

        assertEquals("deviations caught by their own tests 1/1, unrelated failures 1, legal variations passed 1/1",
                figures.line());
        assertEquals("{\"deviations_total\": 1, \"deviations_caught\": 1, \"unrelated_failures\": 1,"
                + " \"legal_variations_total\": 1, \"legal_variations_passed\": 1,"
                + " \"unrelated_failures_scope\": \"pinned test classes\"}", figures.json());
    }

    @Test
    void pinnedPlanRunsEachPinnedClassOnItsDeviationsAndTheWholeSuiteOnVariations() {
        CataloguedDeviation refresh = new CataloguedDeviation("ignores-refresh-url", "CP-7970G", "Refresh", "seed",
                Set.of("RefreshTest.a"), Pattern.compile("x"));

        List<SensitivityRun.PlannedRun> plan = SensitivityRun.plan(List.of(cookie, refresh), List.of("en-language"),
                SensitivityRun.Scope.PINNED_CLASSES);

        assertEquals(List.of(
                new SensitivityRun.PlannedRun("CookieTest", List.of(cookie.phoneName()), Optional.of("CookieTest")),
                new SensitivityRun.PlannedRun("RefreshTest", List.of(refresh.phoneName()), Optional.of("RefreshTest")),
                new SensitivityRun.PlannedRun("legal-variations", List.of("legal-en-language"), Optional.empty())),
                plan);
    }

    @Test
    void wholeSuitePlanRunsTheWholeNightlyOnEveryPhoneOfTheRig() {
        List<SensitivityRun.PlannedRun> plan = SensitivityRun.plan(DeviationCatalogue.ENTRIES,
                List.of("en-language"), SensitivityRun.Scope.WHOLE_SUITE);

        assertEquals(1, plan.size());
        assertEquals(Optional.empty(), plan.get(0).tests(), "no test filter: the whole nightly suite");
        assertEquals(DeviationCatalogue.ENTRIES.size() + 1, plan.get(0).phones().size());
        assertTrue(plan.get(0).phones().containsAll(DeviationCatalogue.ENTRIES.stream()
                .map(CataloguedDeviation::phoneName).toList()));
    }

    @Test
    void generatedRigLoadsWithOnePhonePerDeviationEachOnItsOwnPowerChannel(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("deviations.yaml");
        Files.writeString(file, SensitivityRun.rigYaml(DeviationCatalogue.ENTRIES, List.of()));

        Rig rig = new RigFile(PhoneCatalog.standard().names(), FirmwareProfile.NAMES, Map.<String, String>of()::get)
                .read(file);

        assertEquals(DeviationCatalogue.ENTRIES.size(), rig.phones().size());
        // the per-test reset power cycles a phone that kept state it cannot clear: every phone has a switch
        assertEquals(rig.phones().size(), rig.phones().stream().map(p -> p.power().orElseThrow().switchName() + ":"
                + p.power().orElseThrow().channel()).distinct().count());
    }

    @Test
    void everyLegalVariationRunsOnTheModelItIsPairedWith(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("deviations.yaml");
        Files.writeString(file, SensitivityRun.rigYaml(List.of(), FirmwareProfile.LEGAL_VARIATIONS));

        Rig rig = new RigFile(PhoneCatalog.standard().names(), FirmwareProfile.knownNames(),
                Map.<String, String>of()::get).read(file);

        assertEquals(FirmwareProfile.LEGAL_VARIATIONS.size(), rig.phones().size());
        rig.phones().forEach(p -> assertEquals(SensitivityRun.variationModel(p.emulatedProfile().orElseThrow()),
                p.model(), p.name()));
        assertTrue(rig.phones().stream().map(p -> p.model()).distinct().count() > 1,
                "the variations run on more than one model");
    }

    @Test
    void catalogueCoversEveryDeviationOfTheEmulator() {
        Set<String> catalogued = DeviationCatalogue.ENTRIES.stream().map(CataloguedDeviation::profile)
                .collect(Collectors.toSet());
        Set<String> emulated = Arrays.stream(Deviation.values()).filter(d -> !d.legal()).map(Deviation::id)
                .collect(Collectors.toSet());   // legal variations must pass: they are not the catalogue's

        assertEquals(emulated, catalogued);
        assertTrue(DeviationCatalogue.ENTRIES.size() >= 30);
    }
}
