package io.phonebench.bench.cli;

import io.phonebench.bench.certify.BaselineDiff;
import io.phonebench.bench.certify.BaselineRun;
import io.phonebench.bench.certify.CertificationCsv;
import io.phonebench.bench.certify.CertificationMarkdown;
import io.phonebench.bench.certify.CertificationMatrix;
import io.phonebench.bench.rig.PhoneSpec;
import io.phonebench.bench.rig.Rig;
import io.phonebench.bench.rig.RigFile;
import io.phonebench.bench.run.RunSummary;
import io.phonebench.bench.run.Shard;
import io.phonebench.bench.run.SuiteRequest;
import io.phonebench.bench.run.SuiteRun;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "certify", description = "Certification suite on every phone of a rig: a model x test matrix "
        + "(certification.md, certification.csv), allure-results, and the differences against a baseline run.")
final class CertifyCommand implements Callable<Integer> {
    static final String SUITE = "certification";

    @Option(names = "--rig", required = true, paramLabel = "FILE", description = "rig file, e.g. rigs/virtual.yaml")
    Path rig;

    @Option(names = "--firmware", required = true, paramLabel = "VERSION",
            description = "firmware version under certification, written in the matrix header")
    String firmware;

    @Option(names = "--baseline", paramLabel = "DIR", description = "output directory of an earlier certify run")
    Path baseline;

    @Option(names = "--results", defaultValue = "certification", paramLabel = "DIR",
            description = "output directory: allure-results, certification.md, certification.csv "
                    + "(default: ${DEFAULT-VALUE})")
    Path results;

    @Option(names = "--report", description = "generate the HTML report in DIR/allure-report and print its path")
    boolean report;

    @Override
    public Integer call() {
        Rig loaded = RigFile.load(rig);
        Optional<CertificationMatrix> previous = Optional.ofNullable(baseline).map(BaselineRun::load);
        Path allureResults = results.resolve("allure-results");
        if (report) {
            ReportStep.checkPlaces(allureResults);
        }
        System.out.printf("certifying firmware %s on rig %s (%s), %d phones, output in %s%n", firmware, loaded.name(),
                rig, loaded.phones().size(), results.toAbsolutePath());
        SuiteRequest request = new SuiteRequest(rig, SUITE, List.of(), Optional.empty(), allureResults, Shard.ALL);
        RunSummary summary = new SuiteRun(System.out).execute(request, loaded.phones().size());
        summary.print(System.out);

        CertificationMatrix matrix = CertificationMatrix.of(firmware, loaded.name(), modelsOf(loaded),
                summary.results());
        Optional<CertificationMarkdown.Baseline> compared = previous.map(b ->
                new CertificationMarkdown.Baseline(baseline, BaselineDiff.between(b, matrix)));
        System.out.println("matrix: " + CertificationMarkdown.write(matrix, compared, results).toAbsolutePath());
        System.out.println("matrix: " + CertificationCsv.write(matrix, results).toAbsolutePath());
        compared.ifPresent(c -> System.out.printf("against baseline %s: %d new failures, %d fixed, %d still failing%n",
                baseline, c.diff().newFailures().size(), c.diff().fixed().size(), c.diff().stillFailing().size()));
        if (report) {
            ReportStep.generate(allureResults, loaded);
        }
        return summary.exitCode();
    }

    private static Map<String, String> modelsOf(Rig rig) {
        Map<String, String> models = new LinkedHashMap<>();
        for (PhoneSpec phone : rig.phones()) {
            models.put(phone.name(), phone.model());
        }
        return models;
    }
}
