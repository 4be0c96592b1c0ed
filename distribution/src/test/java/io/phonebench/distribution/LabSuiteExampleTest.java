package io.phonebench.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/lab-suite, a lab's own Maven project outside the reactor, built the way a lab builds it: its own
 * ./mvnw verify runs its @PhoneTest class on the virtual rig, then phonebench run --suite-jar runs its jar.
 *
 * <p>The bench's modules reach the example through a private local repository under target/ (laid out as
 * install:install-file would), never the shared ~/.m2; third-party artifacts are read from ~/.m2 as a file://
 * mirror, so nothing is downloaded and nothing is written outside target/ and the temp directory.
 */
class LabSuiteExampleTest {
    private static final long TIMEOUT_SECONDS = 300;
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    private static final List<String> LIBRARY_MODULES = List.of("protocol", "emulator", "drivers", "bench");

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 12, unit = TimeUnit.MINUTES)   // a nested Maven build and a run: longer than the 120 s default
    void labSuiteBuildsAgainstTheBomAndRunsBothUnderMavenAndThroughSuiteJar() throws Exception {
        Path root = Path.of(System.getProperty("phonebench.root")).toAbsolutePath();
        String version = System.getProperty("phonebench.version");
        Path repository = privateRepository(root, version);
        Path project = copy(root.resolve("examples/lab-suite"), tmp.resolve("lab-suite"));
        Path settings = Files.writeString(tmp.resolve("settings.xml"), """
                <settings><mirrors><mirror><id>read-only-m2</id><mirrorOf>*</mirrorOf>
                <url>%s</url></mirror></mirrors></settings>
                """.formatted(Path.of(System.getProperty("user.home"), ".m2", "repository").toUri()));
        Path rig = root.resolve("rigs/virtual.yaml");

        // -U: a miss cached by an earlier build of the private repository is looked up again
        // C1 only for the nested Maven and its test JVM (-DargLine), as the launchers run the bench: both are short
        // jobs, and on 2 loaded cores this halved the nested build's CPU time (32 s to 16 s)
        Result verify = run(project, List.of("./mvnw", "-B", "-q", "-U", "-s", settings.toString(),
                "-Dmaven.repo.local=" + repository, "-Dphonebench.rig=" + rig, "-DargLine=" + C1_ONLY, "verify"));
        assertEquals(0, verify.exit(), verify.output());
        String surefire = Files.readString(project.resolve(
                "target/surefire-reports/TEST-com.example.lab.smoke.WelcomeScreenTest.xml"));
        assertTrue(surefire.contains("showsTheLabWelcome") && surefire.contains("failures=\"0\"")
                && surefire.contains("errors=\"0\""), surefire);

        Path suiteJar = project.resolve("target/lab-suite-1.0.0-SNAPSHOT.jar");
        Result run = run(project, List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), C1_ONLY,
                "-jar", System.getProperty("phonebench.jar"), "run", "--rig", rig.toString(), "--suite", "smoke",
                "--suite-jar", suiteJar.toString(), "--results", tmp.resolve("results").toString()));
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("WelcomeScreenTest"), run.output());
    }

    /** The parent pom, the BOM and the library modules' jars and poms, where a local repository keeps them. */
    private Path privateRepository(Path root, String version) throws IOException {
        Path repository = Path.of(System.getProperty("phonebench.privateRepository"));
        Path ours = repository.resolve("io/phonebench");
        place(root.resolve("pom.xml"), ours, "phonebench", version, "pom");
        place(root.resolve("bom/pom.xml"), ours, "phonebench-bom", version, "pom");
        String target = System.getProperty("phonebench.target", "target");
        for (String module : LIBRARY_MODULES) {
            String artifact = "phonebench-" + module;
            place(root.resolve(module).resolve("pom.xml"), ours, artifact, version, "pom");
            place(root.resolve(module).resolve(target).resolve(artifact + "-" + version + ".jar"), ours, artifact,
                    version, "jar");
        }
        return repository;
    }

    private static void place(Path file, Path groupDir, String artifact, String version, String extension)
            throws IOException {
        assertTrue(Files.isRegularFile(file), file + " missing: build the reactor (./mvnw package) first");
        Path dir = Files.createDirectories(groupDir.resolve(artifact).resolve(version));
        Files.copy(file, dir.resolve(artifact + "-" + version + "." + extension), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(p -> !from.relativize(p).startsWith("target")).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }

    record Result(int exit, String output) {
    }

    private Result run(Path dir, List<String> command) throws Exception {
        Path log = Files.createTempFile(tmp, "out", ".log");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("MAVEN_") && !k.equals("MAVEN_USER_HOME"));
        env.put("MAVEN_OPTS", C1_ONLY);
        env.put("JAVA_HOME", System.getProperty("java.home"));
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
