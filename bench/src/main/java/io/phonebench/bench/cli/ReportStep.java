package io.phonebench.bench.cli;

import io.phonebench.bench.report.AllureReport;
import io.phonebench.bench.rig.Rig;
import java.nio.file.Path;

/** {@code --report}: the single-file HTML report next to the results, generated offline. */
final class ReportStep {
    private ReportStep() {
    }

    static Path generate(Path results, Rig rig) {
        Path report = results.toAbsolutePath().resolveSibling("allure-report");
        Path index = AllureReport.generate(results, report);
        System.out.println("report: " + index.toAbsolutePath());
        return index;
    }
}
