package io.phonebench.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The allure child of a bench JVM, through a stand-in allure script: it gets none of the bench's secrets, and a
 * SIGTERM to the bench takes it along, with the files the report was being written through.
 */
@Tag("reliability")
class AllureChildProcessTest {
    private static final String PASSWORD = "pw-for-phones-only";
    private static final String LAB_SECRET = "community-string-42";
    /** Records its environment; with a {@code hang} file beside it, waits like a stuck allure. */
    private static final String SCRIPT = """
            #!/bin/sh
            home="$(dirname "$0")/.."
            env > "$home/env.txt"
            if [ -f "$home/hang" ]; then : > "$home/started"; exec sleep 300; fi
            mkdir -p "$5" && echo "<html><title>Allure Report</title></html>" > "$5/index.html"
            """;

    @TempDir
    Path tmp;

    @Test
    void allureStartsWithoutTheBenchPasswordOrThePlaceholderVariables() throws Exception {
        Process bench = benchJvm(fakeAllure(false));
        assertTrue(bench.waitFor(60, TimeUnit.SECONDS), "the bench JVM did not finish");
        String output = new String(bench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bench.exitValue(), output);

        String environment = Files.readString(tmp.resolve("allure/env.txt"));
        assertTrue(environment.contains("JAVA_HOME="), "allure still gets what it needs: " + environment);
        for (String secret : List.of("PHONEBENCH_PASSWORD", PASSWORD, "LAB_SNMP", LAB_SECRET)) {
            assertFalse(environment.contains(secret), "allure's environment holds " + secret);
        }
    }

    @Test
    void sigtermDuringReportTakesAllureAlong() throws Exception {
        Path allure = fakeAllure(true);
        Process bench = benchJvm(allure);
        try {
            Path started = tmp.resolve("allure/started");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(started) && bench.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);   // polling a file the child writes, within the deadline
            }
            assertTrue(Files.exists(started), "allure never started");
            List<ProcessHandle> children = bench.descendants().toList();
            assertFalse(children.isEmpty(), "allure is a child of the bench JVM");

            bench.destroy();   // SIGTERM
            assertTrue(bench.waitFor(30, TimeUnit.SECONDS), "the bench JVM did not end on SIGTERM");
            for (ProcessHandle child : children) {
                child.onExit().get(30, TimeUnit.SECONDS);
                assertFalse(child.isAlive(), "allure (" + child.info().commandLine().orElse("?")
                        + ") outlived the bench");
            }
            // nor its log in the temporary directory, nor its staging directory beside the report
            assertEquals(List.of(), names(tmp.resolve("jvm-tmp")), "allure's log outlived the bench");
            assertEquals(List.of(), names(tmp).stream().filter(n -> n.startsWith(".allure-report")).toList(),
                    "the report's staging directory outlived the bench");
        } finally {
            bench.descendants().forEach(ProcessHandle::destroyForcibly);
            bench.destroyForcibly();
        }
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path fakeAllure(boolean hang) throws Exception {
        Path home = Files.createDirectories(tmp.resolve("allure"));
        Path script = Files.createDirectories(home.resolve("bin")).resolve("allure");
        Files.writeString(script, SCRIPT);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (hang) {
            Files.writeString(home.resolve("hang"), "");
        }
        return script;
    }

    private Process benchJvm(Path allure) throws Exception {
        Path rig = Files.writeString(tmp.resolve("lab.yaml"), """
                name: lab
                credentials: { user: bench, password: "${PHONEBENCH_PASSWORD}" }
                serviceHost: { bind: 127.0.0.1, port: 0 }
                power:
                  poe: { type: poe-snmp, host: 127.0.0.1, community: "${LAB_SNMP}", channels: 8 }
                phones:
                  - name: lab-7960
                    model: CP-7960G
                    address: 127.0.5.1
                    power: { switch: poe, channel: 3 }
                """);
        Path results = Files.createDirectories(tmp.resolve("allure-results"));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.io.tmpdir=" + Files.createDirectories(tmp.resolve("jvm-tmp")),
                "-cp", System.getProperty("java.class.path"), ReportGeneratingJvm.class.getName(),
                rig.toString(), allure.toString(), results.toString(), tmp.resolve("allure-report").toString())
                .redirectErrorStream(true);
        builder.environment().put("PHONEBENCH_PASSWORD", PASSWORD);
        builder.environment().put("LAB_SNMP", LAB_SECRET);
        Process bench = builder.start();
        CompletableFuture.delayedExecutor(120, TimeUnit.SECONDS).execute(() -> {
            bench.descendants().forEach(ProcessHandle::destroyForcibly);
            bench.destroyForcibly();
        });
        return bench;
    }
}
