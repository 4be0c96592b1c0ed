package io.phonebench.bench.cli;

import io.phonebench.bench.report.AllureReport;
import io.phonebench.bench.report.AllureResultsDirectory;
import io.phonebench.bench.report.BuildCommit;
import io.phonebench.bench.report.CiExecutor;
import io.phonebench.bench.report.ReportedFirmware;
import io.phonebench.bench.rig.PhoneSpec;
import io.phonebench.bench.rig.Rig;
import io.phonebench.emulator.process.ChildEnvironment;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The allure-results directory around a run, and {@code --report}: the single-file HTML report, generated offline.
 * The report goes to {@code --report-dir}, by default the sibling {@code RESULTS-report} of the results directory
 * ({@code allure-results} gives {@code allure-results-report}): named after the results, so two runs with their own
 * results never share a report by accident, and never inside the results.
 */
final class ReportStep {
    private ReportStep() {
    }

    /**
     * A clean start that keeps the trend: the previous run's results are removed (history/ stays), the previous
     * report's history is carried over, and categories, executor and environment are written before the first test.
     */
    static void prepareResults(Path results, Path report, Rig rig, String suite, List<String> phones) {
        AllureResultsDirectory dir = new AllureResultsDirectory(results);
        dir.clearKeepingHistory();
        dir.writeCategories();
        CiExecutor.write(results, System.getenv());
        writeEnvironment(results, rig, suite, phones);
        dir.carryHistoryFrom(report);
    }

    /** environment.properties: bench version, rig, suite, and each phone with the firmware it reported. */
    static Map<String, String> writeEnvironment(Path results, Rig rig, String suite, List<String> phones) {
        Map<String, String> firmware = ReportedFirmware.byPhone(results);
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("bench", "phonebench " + Optional.ofNullable(
                ReportStep.class.getPackage().getImplementationVersion()).orElse("development build"));
        environment.put("git.commit", BuildCommit.current());
        environment.put("rig", rig.name() + " (" + rig.source() + ")");
        environment.put("suite", suite);
        for (PhoneSpec phone : phones.isEmpty() ? rig.phones() : rig.phones(phones)) {
            environment.put("phone." + phone.name(), phone.model() + " at " + phone.address()
                    + phone.emulatedProfile().map(p -> ", emulated: " + p).orElse(""));
            environment.put("phone." + phone.name() + ".firmware", firmware.getOrDefault(phone.name(),
                    "not reported yet"));
        }
        environment.put("java", System.getProperty("java.version"));
        new AllureResultsDirectory(results).writeEnvironment(environment);
        return environment;
    }

    /** The report directory of a results directory, unless {@code --report-dir} names one. */
    static Path reportDir(Path results, Optional<Path> explicit) {
        return explicit.orElseGet(() -> {
            Path absolute = results.toAbsolutePath().normalize();
            return absolute.resolveSibling(absolute.getFileName() + "-report");
        });
    }

    /** Before the run: the report must not land on the results (refused with exit 64, nothing deleted). */
    static void checkPlaces(Path results, Optional<Path> explicit) {
        AllureReport.checkPlaces(results, reportDir(results, explicit));
    }

    static Path generate(Path results, Path report) {
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
