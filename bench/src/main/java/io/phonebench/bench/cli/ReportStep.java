package io.phonebench.bench.cli;

import io.phonebench.bench.report.AllureReport;
import io.phonebench.emulator.process.ChildEnvironment;
import io.phonebench.bench.rig.Rig;
import io.phonebench.bench.report.AllureResultsDirectory;
import io.phonebench.bench.rig.PhoneSpec;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --report}: the single-file HTML report next to the results, generated offline. */
final class ReportStep {
    private ReportStep() {
    }

    /** Categories, environment and the previous report's history, written before the first test runs. */
    static void prepareResults(Path results, Rig rig, String suite, List<String> phones) {
        AllureResultsDirectory dir = new AllureResultsDirectory(results);
        dir.writeCategories();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("rig", rig.name() + " (" + rig.source() + ")");
        environment.put("suite", suite);
        for (PhoneSpec phone : phones.isEmpty() ? rig.phones() : rig.phones(phones)) {
            environment.put("phone." + phone.name(), phone.model() + " at " + phone.address()
                    + phone.emulatedProfile().map(p -> ", emulated: " + p).orElse(""));
        }
        environment.put("java", System.getProperty("java.version"));
        dir.writeEnvironment(environment);
        dir.carryHistoryFrom(reportDir(results));
    }

    /** Before the run: the report must not land on the results (refused with exit 64, nothing deleted). */
    static void checkPlaces(Path results) {
        AllureReport.checkPlaces(results, reportDir(results));
    }

    private static Path reportDir(Path results) {
        return results.toAbsolutePath().resolveSibling("allure-report");
    }

    static Path generate(Path results, Rig rig) {
        Path report = reportDir(results);
        Path index = AllureReport.generate(results, report);
        System.out.println("report: " + index.toAbsolutePath());
        openOnDesktop(index);
        return index;
    }

    /** On a desktop session the report opens in the browser; on CI machines and over ssh the path is enough. */
    private static void openOnDesktop(Path index) {
        boolean desktop = System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
        if (!desktop || System.getenv("CI") != null) {
            return;
        }
        try {
            ProcessBuilder browser = new ProcessBuilder("xdg-open", index.toAbsolutePath().toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            ChildEnvironment.scrub(browser.environment());   // the browser outlives the bench: no secrets
            browser.start();
        } catch (java.io.IOException e) {
            System.out.println("(open it in a browser: xdg-open is not available: " + e.getMessage() + ")");
        }
    }
}
