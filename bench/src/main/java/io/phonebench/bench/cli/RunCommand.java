package io.phonebench.bench.cli;

import io.phonebench.bench.rig.Rig;
import io.phonebench.bench.rig.RigFile;
import io.phonebench.bench.run.FaultFigures;
import io.phonebench.bench.run.InjectedFaults;
import io.phonebench.bench.run.LostResults;
import io.phonebench.bench.run.RecoveryLedger;
import io.phonebench.bench.run.RunSummary;
import io.phonebench.bench.run.Shard;
import io.phonebench.bench.run.SuiteRequest;
import io.phonebench.bench.run.SuiteRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "run", description = "Run a suite on a rig: allure-results as each test finishes, a summary table, "
        + "and with --report the HTML report.")
final class RunCommand implements Callable<Integer> {
    @Option(names = "--rig", required = true, paramLabel = "FILE", description = "rig file, e.g. rigs/virtual.yaml")
    Path rig;

    @Option(names = "--suite", defaultValue = "nightly", paramLabel = "NAME",
            description = "suite: nightly or certification (default: ${DEFAULT-VALUE})")
    String suite;

    @Option(names = "--phones", split = ",", paramLabel = "NAME", description = "only these rig phones (a,b,...)")
    List<String> phones = new ArrayList<>();

    @Option(names = "--tests", paramLabel = "GLOB", description = "only tests whose Class, method or Class.method matches")
    String tests;

    @Option(names = "--results", defaultValue = "allure-results", paramLabel = "DIR",
            description = "allure-results directory; the previous run's results in it are removed, its history/ "
                    + "kept (default: ${DEFAULT-VALUE})")
    Path results;

    @Option(names = "--report", description = "generate the single-file HTML report (in --report-dir) and print its "
            + "path")
    boolean report;

    @Option(names = "--shard", defaultValue = "1/1", paramLabel = "i/n", description = "run slice i of n (default: all)")
    String shard;

    @Option(names = {"--suite-jar", "--classpath"}, split = ",", paramLabel = "PATH",
            description = "a lab's suite jar or class folder (repeatable or a,b): --suite NAME is then a package of it,"
                    + " full or its last segment")
    List<Path> suiteClasspath = new ArrayList<>();

    @picocli.CommandLine.Mixin
    LeaseWait leaseWait = new LeaseWait();

    @Option(names = "--baselines", paramLabel = "DIR",
            description = "screen baselines of real phones (default: rigs/baselines/RIG next to the rig file)")
    Path baselines;

    @Option(names = "--record-baselines", description = "record the screens that have no baseline yet (run this once on"
            + " a certified firmware)")
    boolean recordBaselines;

    @Option(names = "--report-dir", paramLabel = "DIR",
            description = "where --report writes index.html (default: RESULTS-report beside the results directory)")
    Path reportDir;

    @Option(names = "--junit-xml", paramLabel = "DIR", description = "also write JUnit XML (TEST-*.xml) for CI test "
            + "widgets: one testcase per test and phone")
    Path junitXml;

    @Option(names = "--parallel", paramLabel = "N", description = "run at most N phones at once (default: every phone;"
            + " each phone runs one test at a time)")
    Integer parallel;

    @Override
    public Integer call() {
        Rig loaded = RigFile.load(rig);
        if (baselines != null) {
            OutputPlace.directory("--baselines directory", baselines);
        }
        if (report) {
            ReportStep.checkPlaces(results, Optional.ofNullable(reportDir));
        }
        int phoneCount = phones.isEmpty() ? loaded.phones().size() : loaded.phones(phones).size();
        SuiteRequest request = new SuiteRequest(rig, suite, phones, Optional.ofNullable(tests), results,
                Shard.parse(shard), Optional.ofNullable(junitXml), suiteClasspath);
        Path reportTo = ReportStep.reportDir(results, Optional.ofNullable(reportDir));
        System.out.printf("rig %s (%s), suite %s, %d phones, results in %s%n", loaded.name(), rig, suite, phoneCount,
                results.toAbsolutePath());
        Map<String, String> settings = new HashMap<>();
        if (baselines != null) {
            settings.put(SuiteRun.BASELINES_PARAMETER, baselines.toAbsolutePath().toString());
        }
        settings.put(SuiteRun.RECORD_BASELINES_PARAMETER, Boolean.toString(recordBaselines));
        settings.put(SuiteRun.LEASE_WAIT_PARAMETER, leaseWait.wait.toString());
        request = request.withSettings(settings);
        RunSummary summary = RecordedRun.execute(request, loaded, reportTo, RecordedRun.parallel(parallel), done -> {
            RecoveryLedger ledger = done.recoveries();
            System.out.println(new FaultFigures(InjectedFaults.of(loaded, phones).size(), ledger.recoveredCount(),
                    ledger.brokenPhones().size(), LostResults.in(done.results(), results).size()).line());
        });
        if (report) {
            ReportStep.generate(results, reportTo);
        }
        return ExitCode.of(summary);
    }
}
