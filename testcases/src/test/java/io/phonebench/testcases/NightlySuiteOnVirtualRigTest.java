package io.phonebench.testcases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.phonebench.bench.verdict.Outcome;
import io.phonebench.bench.run.RunSummary;
import io.phonebench.bench.run.Shard;
import io.phonebench.bench.run.SuiteRequest;
import io.phonebench.bench.run.SuiteRun;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What CI runs: the whole nightly suite through the CLI's SuiteRun on the virtual rig, whose faithful phones must
 * pass every test, with an Allure result written for each test that finished; each (test, phone) is its own case.
 */
/* End-to-end runs of the whole suite: bounded, but longer than the default per-test timeout on a busy CI host. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class NightlySuiteOnVirtualRigTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path results;

    /**
     * One dynamic test per (test, phone) of the suite, so surefire's report and CI's test widget show the 200+
     * results, each failing one with its own reason, instead of one case that hides which test failed.
     */
    @TestFactory
    Stream<DynamicNode> faithfulVirtualPhonesPassTheWholeNightlySuite() throws IOException {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        SuiteRequest request = new SuiteRequest(Rigs.path("virtual.yaml"), "nightly", List.of(), Optional.empty(),
                results, Shard.ALL);

        RunSummary summary = runWithAllureWritingTo(results, () -> new SuiteRun(new PrintStream(progress, true,
                StandardCharsets.UTF_8)).execute(request, 4));

        String report = progress.toString(StandardCharsets.UTF_8);
        // a timing figure the loaded build host could not measure is BROKEN (inconclusive), never FAILED; anything
        // else broken on the virtual rig is a bench defect
        List<RunSummary.Result> failing = summary.results().stream()
                .filter(r -> r.outcome() == Outcome.FAILED || r.outcome() == Outcome.BROKEN && !r.inconclusive())
                .toList();
        Map<String, Long> written = allureResultsByTest();
        Stream<DynamicNode> perResult = summary.results().stream().map(r -> DynamicTest.dynamicTest(
                r.test() + " " + r.phone(), () -> judge(r)));
        Stream<DynamicNode> whole = Stream.of(
                DynamicTest.dynamicTest("the suite ran", () -> assertTrue(summary.count(Outcome.PASSED) > 0,
                        "expected passed tests, the run reported:\n" + report)),
                DynamicTest.dynamicTest("no FAILED or BROKEN test on faithful phones", () -> assertEquals(List.of(),
                        failing.stream().map(r -> r.outcome() + " " + r.test() + " [" + r.phone() + "]: "
                                + r.message()).toList())),
                DynamicTest.dynamicTest("an allure result per finished test", () -> assertAllureResultPerTest(summary,
                        written)));
        return Stream.concat(whole, perResult);
    }

    private static void judge(RunSummary.Result result) {
        switch (result.outcome()) {
            case PASSED -> { }
            case SKIPPED -> Assumptions.abort(result.message());
            case BROKEN -> {
                if (result.inconclusive()) {
                    Assumptions.abort("not judged on this busy host: " + result.message());
                }
                throw new AssertionError(result.outcome() + " on " + result.phone() + ": " + result.message());
            }
            default -> throw new AssertionError(result.outcome() + " on " + result.phone() + ": " + result.message());
        }
    }

    private void assertAllureResultPerTest(RunSummary summary, Map<String, Long> written) {
        Map<String, Long> expected = summary.results().stream().filter(r -> r.outcome() != Outcome.SKIPPED)
                .collect(Collectors.groupingBy(RunSummary.Result::test, Collectors.counting()));
        List<String> missing = new ArrayList<>();
        expected.forEach((test, count) -> {
            if (written.getOrDefault(test, 0L) < count) {
                missing.add(test + ": " + count + " finished, " + written.getOrDefault(test, 0L) + " result file(s)");
            }
        });
        assertTrue(missing.isEmpty(), "expected an allure result per finished test in " + results + ", missing: "
                + missing);
    }

    /**
     * Allure fixes its results directory when its lifecycle is first used in a JVM, and surefire's own Allure
     * listener has used it already; SuiteRun's results property only works in a fresh JVM (the CLI's). So the suite
     * gets its own lifecycle for the run, and surefire's is put back afterwards.
     */
    private static RunSummary runWithAllureWritingTo(Path dir, Supplier<RunSummary> run) {
        AllureLifecycle surefires = Allure.getLifecycle();
        Allure.setLifecycle(new AllureLifecycle(new FileSystemResultsWriter(dir)));
        try {
            return run.get();
        } finally {
            Allure.setLifecycle(surefires);
        }
    }

    /** Result files by {@code Class.method}, read from each file's fullName. */
    private Map<String, Long> allureResultsByTest() throws IOException {
        Map<String, Long> byTest = new HashMap<>();
        try (Stream<Path> files = Files.list(results)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-result.json")).toList()) {
                JsonNode result = JSON.readTree(file.toFile());
                String fullName = result.path("fullName").asText("");
                String[] parts = fullName.split("\\.");
                if (parts.length >= 2) {
                    byTest.merge(parts[parts.length - 2] + "." + parts[parts.length - 1], 1L, Long::sum);
                }
            }
        }
        return byTest;
    }
}
