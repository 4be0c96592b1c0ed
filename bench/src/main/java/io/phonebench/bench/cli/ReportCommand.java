package io.phonebench.bench.cli;

import io.phonebench.bench.report.AllureReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", description = "Generate the single-file HTML report of a results directory (e.g. "
        + "merged by merge-results), offline, with the bundled Allure.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RESULTS", description = "allure-results directory")
    Path results;

    @Option(names = {"--into", "--report-dir"}, required = true, paramLabel = "DIR",
            description = "where the report goes (replaced); never inside the results directory")
    Path into;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path resultsDir = results.toAbsolutePath().normalize();
        Path reportDir = into.toAbsolutePath().normalize();
        if (!Files.isDirectory(resultsDir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), results
                    + ": no such results directory (expected the --results DIR of a run, or merge-results --into)");
        }
        if (reportDir.startsWith(resultsDir) || resultsDir.startsWith(reportDir)) {
            // allure generate --clean empties the report directory first: overlapping would delete the results
            throw new CommandLine.ParameterException(spec.commandLine(), "--into " + into + " overlaps the results "
                    + "directory " + results + ": name a directory beside it, e.g. allure-report");
        }
        Path index = AllureReport.generate(resultsDir, reportDir);
        System.out.println("report: " + index);
        return ExitCode.OK;
    }
}
