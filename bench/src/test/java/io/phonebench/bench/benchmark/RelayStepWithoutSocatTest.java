package io.phonebench.bench.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's relay figure needs socat for its pseudo-terminal pair. On a host without socat the step is skipped
 * and says why, instead of failing the whole benchmark. Run in a child JVM whose PATH holds no socat, since a JVM
 * cannot change its own environment.
 */
class RelayStepWithoutSocatTest {
    @Test
    void withoutSocatOnThePathTheRelayStepIsSkippedWithItsReason(@TempDir Path emptyPath) throws Exception {
        Path output = emptyPath.resolveSibling(emptyPath.getFileName() + "-out.txt");
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RelayStepAlone.class.getName())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        child.environment().put("PATH", emptyPath.toString());
        Process process = child.start();
        try {
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the relay step did not end within 120 s");
            String printed = Files.readString(output, StandardCharsets.UTF_8);

            assertEquals(0, process.exitValue(), printed);
            assertTrue(printed.contains("benchmark: relay round trip skipped (relay_roundtrip_ratio, "
                    + "relay_roundtrip_ms): socat is not installed") && printed.contains("(apt-get install socat)"),
                    printed);
            assertTrue(printed.contains("figures: 0"), "no relay figure is made up without socat: " + printed);
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }

    /** The child: the benchmark's relay step alone, its progress and the number of figures on stdout. */
    static final class RelayStepAlone {
        public static void main(String[] args) {
            PrintWriter out = new PrintWriter(System.out, true);
            List<Figure> figures = new Benchmark(BenchmarkPlan.quick(), out).relayRoundTrip();
            out.println("figures: " + figures.size());
        }
    }
}
