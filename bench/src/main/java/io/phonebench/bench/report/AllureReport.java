package io.phonebench.bench.report;

import io.phonebench.drivers.BenchInfrastructureException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Turns an allure-results directory into a single-file HTML report with allure-commandline, offline. */
public final class AllureReport {
    static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final int TAIL_CHARS = 2000;

    private AllureReport() {
    }

    /** @return the report's index.html */
    public static Path generate(Path resultsDir, Path reportDir) {
        return generate(AllureCommandline.locate(), resultsDir, reportDir, TIMEOUT);
    }

    static Path generate(Path allure, Path resultsDir, Path reportDir, Duration timeout) {
        if (!Files.isDirectory(resultsDir)) {
            throw new BenchInfrastructureException("no allure results at " + resultsDir + ": expected the --results"
                    + " directory of a run");
        }
        Path log;
        try {
            log = Files.createTempFile("allure-generate", ".log");
        } catch (IOException e) {
            throw new BenchInfrastructureException("cannot create a log file for allure generate: " + e.getMessage(),
                    e);
        }
        ProcessBuilder builder = new ProcessBuilder(List.of(allure.toString(), "generate", "--single-file",
                "--clean", "-o", reportDir.toString(), resultsDir.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // Allure 2 puts a Google Analytics tag into every report unless told not to: the report must work offline
        // and send nothing about the lab anywhere.
        builder.environment().put("ALLURE_NO_ANALYTICS", "true");
        try {
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new BenchInfrastructureException("allure generate did not finish within " + timeout.toSeconds()
                        + " s (" + resultsDir + " -> " + reportDir + "); output: " + tail(log));
            }
            Path index = reportDir.resolve("index.html");
            if (process.exitValue() != 0 || !Files.isRegularFile(index)) {
                throw new BenchInfrastructureException("allure generate exited with " + process.exitValue()
                        + " and " + (Files.isRegularFile(index) ? "" : "no ") + "index.html in " + reportDir
                        + "; output: " + tail(log));
            }
            return index;
        } catch (IOException e) {
            throw new BenchInfrastructureException("cannot run " + allure + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchInfrastructureException("interrupted while generating the report in " + reportDir, e);
        } finally {
            try {
                Files.deleteIfExists(log);
            } catch (IOException ignored) {
                // a leftover temp file is harmless
            }
        }
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.length() <= TAIL_CHARS ? text : "..." + text.substring(text.length() - TAIL_CHARS);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
