package io.phonebench.bench.cli;

import io.phonebench.bench.report.RunLogAttachment;
import io.phonebench.bench.rig.Rig;
import io.phonebench.bench.run.RunSummary;
import io.phonebench.bench.run.SuiteRequest;
import io.phonebench.bench.run.SuiteRun;
import io.phonebench.drivers.BenchInfrastructureException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A suite run with everything {@code run} and {@code certify} both record around it: a clean results directory
 * with the previous history, categories, executor and environment (rewritten after the run with the firmware each
 * phone reported), and the run's log ({@code RESULTS/phonebench.log}) attached to every result.
 */
final class RecordedRun {
    static final String LOG_FILE = "phonebench.log";

    private RecordedRun() {
    }

    /** {@code --parallel}: at least 1; absent, every phone at once (0). */
    static int parallel(Integer option) {
        if (option != null && option < 1) {
            throw new io.phonebench.bench.rig.RigConfigurationException("--parallel: expected a number of phones of"
                    + " at least 1, found " + option + " (leave it out to run every phone at once)");
        }
        return option == null ? 0 : option;
    }

    /** @param parallel how many phones run at once, 0 for all */
    static RunSummary execute(SuiteRequest request, Rig rig, Path report, int parallel,
                              Consumer<RunSummary> afterRun) {
        Path results = request.results();
        OutputPlace.directory("results directory", results);
        request.junitXml().ifPresent(dir -> OutputPlace.directory("--junit-xml directory", dir));
        SuiteRun run = new SuiteRun(System.out);
        // a mistyped --suite or --tests must not cost the previous run's results
        run.checkSelection(request);
        ReportStep.prepareResults(results, report, rig, request.suite(), request.phones());
        long start = System.currentTimeMillis();
        Path logFile = results.resolve(LOG_FILE);
        RunSummary summary;
        try (RunLog log = RunLog.start(logFile)) {
            summary = run.execute(request, parallel);
            summary.print(System.out);
            afterRun.accept(summary);
        } catch (IOException e) {
            throw new BenchInfrastructureException("cannot write the run log " + logFile + ": " + e.getMessage(), e);
        }
        ReportStep.writeEnvironment(results, rig, request.suite(), request.phones());
        RunLogAttachment.attach(results, logFile, start, System.currentTimeMillis());
        System.out.println("log: " + logFile.toAbsolutePath());
        return summary;
    }
}
