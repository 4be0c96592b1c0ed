package io.phonebench.bench.report;

import io.phonebench.bench.files.ScratchDirectory;
import io.phonebench.drivers.BenchInfrastructureException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Finds allure-commandline {@value #VERSION} without the network: {@code $PHONEBENCH_ALLURE_HOME}; else beside the
 * running jar ({@code testcases/target/allure-2.34.0}, unpacked at package time); else unpacked once from the
 * local Maven repository's zip into {@code ~/.phonebench/}.
 */
public final class AllureCommandline {
    public static final String VERSION = "2.34.0";
    static final String DIR_NAME = "allure-" + VERSION;

    private AllureCommandline() {
    }

    /** The {@code bin/allure} script. */
    public static Path locate() {
        List<Path> tried = new ArrayList<>();
        String home = System.getenv("PHONEBENCH_ALLURE_HOME");
        if (home != null && !home.isBlank()) {
            Path script = Path.of(home, "bin", "allure");
            if (Files.isRegularFile(script)) {
                return script;
            }
            throw new BenchInfrastructureException("PHONEBENCH_ALLURE_HOME=" + home + " has no bin/allure: expected"
                    + " the unpacked allure-commandline " + VERSION);
        }
        for (Path candidate : besideTheJar()) {
            Path script = candidate.resolve("bin").resolve("allure");
            tried.add(script);
            if (Files.isRegularFile(script)) {
                return script;
            }
        }
        Path zip = mavenRepository().resolve(Path.of("io", "qameta", "allure", "allure-commandline", VERSION,
                "allure-commandline-" + VERSION + ".zip"));
        tried.add(zip);
        if (Files.isRegularFile(zip)) {
            return unpack(zip, Path.of(System.getProperty("user.home"), ".phonebench"));
        }
        throw new BenchInfrastructureException("allure-commandline " + VERSION + " not found; looked at " + tried
                + ". Build once with ./mvnw package (it unpacks it beside phonebench.jar) or set "
                + "PHONEBENCH_ALLURE_HOME");
    }

    /** {@code <jar dir>/allure-2.34.0} for the shaded jar; a few levels up for classes run from a build tree. */
    private static List<Path> besideTheJar() {
        List<Path> candidates = new ArrayList<>();
        try {
            Path code = Path.of(AllureCommandline.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = Files.isDirectory(code) ? code : code.getParent();
            for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
                candidates.add(dir.resolve(DIR_NAME));
                candidates.add(dir.resolve("testcases").resolve("target").resolve(DIR_NAME));
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code source (unusual class loader): fall back to the Maven repository
        }
        return candidates;
    }

    private static Path mavenRepository() {
        return Optional.ofNullable(System.getProperty("maven.repo.local")).map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".m2", "repository"));
    }

    /** Unpacks the zip under {@code into} (once) and returns its bin/allure. */
    static Path unpack(Path zip, Path into) {
        Path script = into.resolve(DIR_NAME).resolve("bin").resolve("allure");
        if (Files.isRegularFile(script) && Files.isExecutable(script)) {
            return script;
        }
        Path staging = into.resolve(DIR_NAME + ".unpacking-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(into);
            try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
                for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                    Path target = staging.resolve(e.getName()).normalize();
                    if (!target.startsWith(staging)) {
                        throw new BenchInfrastructureException(zip + ": entry " + e.getName()
                                + " points outside the archive");
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            staging.resolve(DIR_NAME).resolve("bin").resolve("allure").toFile().setExecutable(true);
            try {
                Files.move(staging.resolve(DIR_NAME), into.resolve(DIR_NAME), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                // another bench unpacked it at the same moment; use theirs
            }
            return script;
        } catch (IOException e) {
            throw new BenchInfrastructureException("cannot unpack " + zip + " into " + into + ": " + e.getMessage(),
                    e);
        } finally {
            ScratchDirectory.delete(staging); // a half-unpacked archive goes too; one that cannot is named by its pid
        }
    }
}
