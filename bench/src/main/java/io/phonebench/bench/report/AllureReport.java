package io.phonebench.bench.report;

import io.phonebench.bench.files.ScratchDirectory;
import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.emulator.process.ChildEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Turns an allure-results directory into a single-file HTML report with allure-commandline, offline. allure empties
 * its output directory ({@code --clean}), so it writes into a fresh directory the bench creates beside the report,
 * and only index.html is moved into the report directory, which must be apart from the results and the bench's own
 * ({@link ReportDirectory}).
 */
public final class AllureReport {
    static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final int TAIL_CHARS = 2000;

    private AllureReport() {
    }

    /** @return the report's index.html */
    public static Path generate(Path resultsDir, Path reportDir) {
        checkPlaces(resultsDir, reportDir);
        return generate(AllureCommandline.locate(), resultsDir, reportDir, TIMEOUT);
    }

    /**
     * Refuses, before a run starts, a report that would overwrite its results or a directory the bench did not make.
     *
     * @throws io.phonebench.bench.rig.RigConfigurationException naming both directories and what to do
     */
    public static void checkPlaces(Path resultsDir, Path reportDir) {
        ReportDirectory.checkApart(resultsDir, reportDir);
        Path report = ReportDirectory.canonical(reportDir);
        if (Files.exists(report)) {
            ReportDirectory.claim(report);
        }
    }

    static Path generate(Path allure, Path resultsDir, Path reportDir, Duration timeout) {
        if (!Files.isDirectory(resultsDir)) {
            throw new BenchInfrastructureException("no allure results at " + resultsDir + ": expected the --results"
                    + " directory of a run");
        }
        ReportDirectory.checkApart(resultsDir, reportDir);
        Path report = ReportDirectory.canonical(reportDir);
        ReportDirectory.claim(report);
        Path staging;
        try {
            staging = Files.createTempDirectory(report.getParent(), ".allure-report-");
        } catch (IOException e) {
            throw new BenchInfrastructureException("cannot create a staging directory beside " + report + ": "
                    + e.getMessage(), e);
        }
        try {
            Path index = run(allure, resultsDir, staging, timeout).resolve("index.html");
            Path target = report.resolve("index.html");
            Files.move(index, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new BenchInfrastructureException("cannot move the report into " + report + ": " + e.getMessage(),
                    e);
        } finally {
            // the staging directory is the bench's own, made for this report; a leftover one is harmless
            ScratchDirectory.delete(staging);
        }
    }

    /** allure generate into {@code reportDir}, a directory the bench just created (allure empties it first). */
    private static Path run(Path allure, Path resultsDir, Path reportDir, Duration timeout) {
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
        ChildEnvironment.scrub(builder.environment());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // Allure 2 puts a Google Analytics tag into every report unless told not to: the report must work offline
        // and send nothing about the lab anywhere.
        builder.environment().put("ALLURE_NO_ANALYTICS", "true");
        // One short job: with C1 alone it took about 45 % less CPU at equal or better wall time on 2 cores
        // (docs/performance-notes.md). A user's own ALLURE_OPTS come later on allure's command line and win.
        builder.environment().merge("ALLURE_OPTS", "-XX:TieredStopAtLevel=1", (user, ours) -> ours + " " + user);
        // Ctrl-C or SIGTERM while allure runs: take it (and the JVM its script starts) along.
        StopOnExit stop = new StopOnExit(log, reportDir);
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            Process process = stop.start(builder);
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new BenchInfrastructureException("allure generate did not finish within " + timeout.toSeconds()
                        + " s (" + resultsDir + " -> " + reportDir + "); output: " + tail(log));
            }
            Path index = reportDir.resolve("index.html");
            if (process.exitValue() != 0 || !Files.isRegularFile(index)) {
                throw new BenchInfrastructureException("allure generate exited with " + process.exitValue()
                        + " and " + (Files.isRegularFile(index) ? "" : "no ") + "index.html in " + reportDir
                        + "; output: " + tail(log));
            }
            return reportDir;
        } catch (IOException e) {
            throw new BenchInfrastructureException("cannot run " + allure + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchInfrastructureException("interrupted while generating the report in " + reportDir, e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: it kills allure
            }
            try {
                Files.deleteIfExists(log);
            } catch (IOException ignored) {
                // a leftover temp file is harmless
            }
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /**
     * A shutdown hook registered before allure starts: a signal that arrives while it starts either stops the start
     * or waits for it and kills what started, so no allure outlives the bench. The run's log and its staging
     * directory go with it: the code that removes them after a normal end never runs once the JVM is shutting down.
     */
    private static final class StopOnExit extends Thread {
        /** How long the hook waits for a killed allure to end before removing the files it wrote. */
        private static final Duration KILLED_WITHIN = Duration.ofSeconds(5);

        private final Path log;
        private final Path staging;
        private Process process;
        private boolean stopping;

        StopOnExit(Path log, Path staging) {
            super("allure-stop");
            this.log = log;
            this.staging = staging;
        }

        synchronized Process start(ProcessBuilder builder) throws IOException {
            if (stopping) {
                throw new BenchInfrastructureException("the bench is shutting down: the report is not generated");
            }
            process = builder.start();
            return process;
        }

        @Override
        public synchronized void run() {
            stopping = true;
            if (process != null) {
                List<ProcessHandle> started = Stream.concat(Stream.of(process.toHandle()),
                        process.descendants()).toList();
                kill(process);
                long deadline = System.nanoTime() + KILLED_WITHIN.toNanos();
                for (ProcessHandle p : started) {
                    try {
                        p.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    } catch (InterruptedException | ExecutionException | TimeoutException e) {
                        break;   // still ending: remove what can be removed now
                    }
                }
            }
            try {
                Files.deleteIfExists(log);
            } catch (IOException ignored) {
                // the JVM is ending; a leftover temp file is all this leaves
            }
            ScratchDirectory.delete(staging);
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
