package io.phonebench.bench.report;

import io.phonebench.bench.rig.RigFile;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A bench JVM that loads a rig and generates a report with the given allure script: the child process of
 * {@link AllureChildProcessTest}. Arguments: RIG ALLURE RESULTS REPORT.
 */
final class ReportGeneratingJvm {
    private ReportGeneratingJvm() {
    }

    public static void main(String[] args) {
        RigFile.load(Path.of(args[0]));
        System.out.println("generating");
        System.out.flush();
        AllureReport.generate(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), Duration.ofMinutes(2));
        System.out.println("generated");
    }
}
