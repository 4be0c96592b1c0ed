package io.phonebench.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tarball as a lab host gets it: unpacked into an empty directory, run from there with the java on PATH, a HOME
 * of its own (so no Maven repository to fall back on) and no source tree around it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistributionTest {
    private static final long TIMEOUT_SECONDS = 180;

    @TempDir
    static Path tmp;
    static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        Path tarball = Path.of(System.getProperty("phonebench.distribution", "missing"));
        assertTrue(Files.isRegularFile(tarball), "no distribution at " + tarball + ": run ./mvnw package first");
        Path into = Files.createDirectories(tmp.resolve("host"));
        Result untar = run(into, List.of("tar", "xzf", tarball.toString()));
        assertEquals(0, untar.exit(), untar.output());
        try (var dirs = Files.list(into)) {
            home = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    @Test
    @Order(1)
    void holdsTheLauncherTheJarTheOfflineAllureTheRigsAndTheReadme() {
        for (String part : List.of("bin/phonebench", "lib/phonebench.jar", "rigs/virtual.yaml", "README.md")) {
            assertTrue(Files.isRegularFile(home.resolve(part)), part + " missing from " + home);
        }
        assertTrue(Files.isExecutable(home.resolve("bin/phonebench")), "bin/phonebench not executable");
        try (var allure = Files.list(home.resolve("lib"))) {
            assertTrue(allure.anyMatch(d -> Files.isExecutable(d.resolve("bin/allure"))), "no executable allure");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @Order(2)
    void printsItsVersion() throws Exception {
        Result version = phonebench("--version");

        assertEquals(0, version.exit(), version.output());
        assertTrue(version.output().matches("(?s)phonebench \\d+\\.\\d+\\.\\d+.*"), version.output());
    }

    @Test
    @Order(3)
    void checksTheVirtualRig() throws Exception {
        Result check = phonebench("check", "--rig", "rigs/virtual.yaml");

        assertEquals(0, check.exit(), check.output());
        assertTrue(check.output().contains("rig is healthy"), check.output());
    }

    @Test
    @Order(4)
    void runsASuiteOnTheVirtualRigAndReportsWithTheBundledAllure() throws Exception {
        Result run = phonebench("run", "--rig", "rigs/virtual.yaml", "--suite", "nightly", "--tests", "PushTextTest",
                "--results", tmp.resolve("results").toString());
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("PushTextTest"), run.output());

        Result report = phonebench("report", tmp.resolve("results").toString(), "--into",
                tmp.resolve("report").toString());
        assertEquals(0, report.exit(), report.output());
        assertTrue(Files.isRegularFile(tmp.resolve("report/index.html")), report.output());
    }

    private static Result phonebench(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/phonebench").toString()));
        command.addAll(List.of(args));
        return run(home, command);
    }

    record Result(int exit, String output) {
    }

    private static Result run(Path dir, List<String> command) throws Exception {
        Path log = Files.createTempFile(tmp, "out", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("MAVEN") || k.equals("JAVA_HOME") || k.startsWith("PHONEBENCH_ALLURE"));
        env.put("HOME", Files.createDirectories(tmp.resolve("user-home")).toString());
        // the java this build runs on, first on PATH: the launcher uses whatever java the host has
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + env.getOrDefault("PATH", ""));
        env.put("PHONEBENCH_LEASE_DIR", Files.createDirectories(tmp.resolve("leases")).toString());
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(command + " did not end within " + TIMEOUT_SECONDS + " s: "
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
