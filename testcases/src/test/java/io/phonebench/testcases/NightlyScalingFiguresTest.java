package io.phonebench.testcases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * {@code phonebench benchmark --quick --only nightly_scaling}: the nightly scaling figures need the nightly suite on
 * the class path, which only this module and phonebench.jar have. The quick plan runs the Push* subset on 1 and 2
 * faithful phones through the real run path; every figure comes out with its CPU-bound floor, and the runs' scratch
 * directory goes when every test passed, or stays, named, when one did not.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
/* A child JVM on 127.0.200.x, which no other class of this module uses: it goes beside the in-JVM suite runs, in the
 * lane of FaultsRigTest and NetworkRigTest. */
@Execution(ExecutionMode.CONCURRENT)
class NightlyScalingFiguresTest {
    private static final List<String> FIGURES = List.of("nightly_faithful_wall_1_s", "nightly_faithful_cpu_1_s",
            "nightly_faithful_wall_2_s", "nightly_faithful_cpu_per_phone_2_s", "nightly_faithful_scaling_2",
            "nightly_faithful_scaling_floor_2");

    @Test
    void quickScalingPrintsEveryFigureWithItsFloor(@TempDir Path work) throws Exception {
        Path out = work.resolve("figures.json");
        Path err = work.resolve("progress.txt");
        Path tmp = Files.createDirectories(work.resolve("tmp"));
        // C1 only, as the launchers start the bench (bin/phonebench); its own temporary directory, to see what stays
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                "io.phonebench.bench.cli.PhoneBenchCommand", "benchmark", "--quick", "--json", "--only",
                "nightly_scaling").directory(work.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        boolean ended = run.waitFor(240, TimeUnit.SECONDS);
        if (!ended) {
            run.destroyForcibly();
        }
        String progress = Files.readString(err, StandardCharsets.UTF_8);
        assertTrue(ended, "the benchmark must end by itself within 240 s; progress:\n" + progress);
        assertEquals(0, run.exitValue(), progress);

        JsonNode figures = new ObjectMapper().readTree(out.toFile());
        for (String name : FIGURES) {
            JsonNode value = figures.get(name);
            assertTrue(value != null && value.isNumber() && Double.isFinite(value.doubleValue())
                    && value.doubleValue() > 0, name + " missing or not a positive number in " + figures
                    + "; progress:\n" + progress);
        }
        assertTrue(figures.get("nightly_faithful_scaling_floor_2").doubleValue() >= 1.0,
                "N phones side by side take at least one phone's time: " + figures);
        assertTrue(figures.path("notes").path("nightly_faithful_scaling_floor_2").asText()
                .contains("CPU allows on " + Runtime.getRuntime().availableProcessors() + " cores"),
                "the floor says what it is made of: " + figures.path("notes"));
        assertEquals(null, figures.get("nightly_scaling_24"), "the quick plan leaves the lab-sized runs out: " + figures);

        // the progress lines give each run's outcomes: "11 PASSED, 1 SKIPPED", or a BROKEN or FAILED count
        boolean unpassed = progress.contains(" BROKEN") || progress.contains(" FAILED");
        try (Stream<Path> left = Files.list(tmp)) {
            List<String> scratch = left.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("phonebench-scaling")).toList();
            if (unpassed) {
                assertEquals(1, scratch.size(), "a run with failures keeps its results: " + scratch);
                assertTrue(progress.contains("kept in " + tmp.resolve(scratch.get(0))), progress);
            } else {
                assertEquals(List.of(), scratch, "a clean run leaves nothing in the temporary directory: " + progress);
            }
        }
    }
}
