package io.phonebench.bench.cli;

import io.phonebench.bench.certify.BaselineDiff;
import io.phonebench.bench.certify.BaselineRun;
import io.phonebench.bench.certify.CertificationCsv;
import io.phonebench.bench.certify.CertificationHtml;
import io.phonebench.bench.certify.CertificationMarkdown;
import io.phonebench.bench.certify.CertificationMatrix;
import io.phonebench.bench.report.ReportedFirmware;
import io.phonebench.bench.report.RunLogAttachment;
import io.phonebench.bench.rig.PhoneSpec;
import io.phonebench.bench.rig.Rig;
import io.phonebench.bench.rig.RigFile;
import io.phonebench.bench.run.RunSummary;
import io.phonebench.bench.run.Shard;
import io.phonebench.bench.run.SuiteRequest;
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

    @Option(names = "--junit-xml", paramLabel = "DIR", description = "also write JUnit XML (TEST-*.xml) for CI test "
            + "widgets: one testcase per test and phone")
    Path junitXml;

    @Option(names = "--strict", description = "exit 64 when a phone reports a firmware other than --firmware "
            + "(default: a warning)")
    boolean strict;

    @Override
    public Integer call() {
        Rig loaded = RigFile.load(rig);
        Optional<CertificationMatrix> previous = Optional.ofNullable(baseline).map(BaselineRun::load);
        Path allureResults = results.resolve("allure-results");
        if (report) {
            ReportStep.checkPlaces(allureResults, Optional.of(results.resolve("allure-report")));
        }
        System.out.printf("certifying firmware %s on rig %s (%s), %d phones, output in %s%n", firmware, loaded.name(),
                rig, loaded.phones().size(), results.toAbsolutePath());
        SuiteRequest request = new SuiteRequest(rig, SUITE, List.of(), Optional.empty(), allureResults, Shard.ALL,
                Optional.ofNullable(junitXml));
        Path reportDir = results.resolve("allure-report");
        RunSummary summary = RecordedRun.execute(request, loaded, reportDir, loaded.phones().size(), done -> { });

        CertificationMatrix matrix = CertificationMatrix.of(firmware, loaded.name(), modelsOf(loaded),
                summary.results());
        Map<String, String> reported = reportedByModel(loaded, ReportedFirmware.byPhone(allureResults));
        Optional<CertificationMarkdown.Baseline> compared = previous.map(b ->
                new CertificationMarkdown.Baseline(baseline, BaselineDiff.between(b, matrix)));
        System.out.println("matrix: " + CertificationMarkdown.write(matrix, compared, reported, results)
                .toAbsolutePath());
        System.out.println("matrix: " + CertificationCsv.write(matrix, results).toAbsolutePath());
        Path html = CertificationHtml.write(matrix, compared.map(CertificationMarkdown.Baseline::diff), reported,
                results);
        System.out.println("matrix: " + html.toAbsolutePath());
        long now = System.currentTimeMillis();
        RunLogAttachment.attach(allureResults, "certification matrix", html, "text/html", now, now);
        compared.ifPresent(c -> System.out.printf("against baseline %s: %d new failures, %d fixed, %d still failing%n",
                baseline, c.diff().newFailures().size(), c.diff().fixed().size(), c.diff().stillFailing().size()));
        if (report) {
            ReportStep.generate(allureResults, reportDir);
        }
        Map<String, String> deviating = new LinkedHashMap<>(reported);
        deviating.values().removeIf(firmware::equals);
        if (!deviating.isEmpty()) {
            System.err.printf("phonebench: %s: the phones report other firmware than --firmware %s: %s; the matrix"
                    + " records what they reported%n", strict ? "error" : "warning", firmware, deviating);
            if (strict) {
                return ExitCode.USAGE;
            }
        }
        return ExitCode.of(summary);
    }

    /** One firmware per model column; phones of one model that disagree are listed together. */
    private static Map<String, String> reportedByModel(Rig rig, Map<String, String> byPhone) {
        Map<String, java.util.Set<String>> byModel = new LinkedHashMap<>();
        for (PhoneSpec phone : rig.phones()) {
            String version = byPhone.get(phone.name());
            if (version != null) {
                byModel.computeIfAbsent(phone.model(), m -> new java.util.TreeSet<>()).add(version);
            }
        }
        Map<String, String> reported = new LinkedHashMap<>();
        byModel.forEach((model, versions) -> reported.put(model, String.join(" / ", versions)));
        return reported;
    }

    private static Map<String, String> modelsOf(Rig rig) {
        Map<String, String> models = new LinkedHashMap<>();
        for (PhoneSpec phone : rig.phones()) {
            models.put(phone.name(), phone.model());
        }
        return models;
    }
}
