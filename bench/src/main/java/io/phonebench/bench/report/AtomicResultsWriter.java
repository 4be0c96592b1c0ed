package io.phonebench.bench.report;

import io.phonebench.bench.files.ContainedPath;
import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.FixtureResult;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes Allure results so that a file in the results directory is always whole: allure's own writer serialises
 * into a staging directory beside it, and the file is renamed into place when complete. allure's
 * {@link FileSystemResultsWriter} writes in place, so a bench killed mid-write left a truncated result, and every
 * failed write (a full disk) threw, which JUnit logged as a full stack trace per test. Here a write that fails is
 * counted, and the run ends BROKEN with one line ({@link #failures()}).
 */
public final class AtomicResultsWriter implements AllureResultsWriter {
    /** Hidden, so allure generate never reads a half-written file. */
    static final String STAGING = ".writing";

    private final Path dir;
    private final Path staging;
    private final FileSystemResultsWriter serialiser;
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();

    public AtomicResultsWriter(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
        this.staging = this.dir.resolve(STAGING);
        this.serialiser = new FileSystemResultsWriter(staging);
    }

    @Override
    public void write(TestResult result) {
        publish(result.getUuid() + "-result.json", () -> serialiser.write(result));
    }

    /**
     * A container only hands its fixtures (befores, afters) to its children in the report: allure generate reads
     * nothing else from it. allure-junit5 writes one per test class and per test method, and on a phone's nightly 161
     * of 162 carry no fixture; those are left unwritten, which the report cannot tell and which spares the deviation
     * catalogue 7,000 of its 23,000 files.
     */
    @Override
    public void write(TestResultContainer container) {
        if (none(container.getBefores()) && none(container.getAfters())) {
            return;
        }
        publish(container.getUuid() + "-container.json", () -> serialiser.write(container));
    }

    /**
     * Copied here rather than by allure's writer, which does the same copy after creating the staging directory
     * again: a failing mkdir and its exception per file, and attachments are two thirds of a run's files.
     */
    @Override
    public void write(String source, InputStream attachment) {
        publish(source, () -> {
            try (InputStream in = attachment) {
                copy(in, staging.resolve(source));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void copy(InputStream in, Path staged) throws IOException {
        try {
            Files.copy(in, staged);
        } catch (NoSuchFileException e) {
            // no result written yet (allure's writer creates the staging directory), or it was removed meanwhile
            Files.createDirectories(staging);
            Files.copy(in, staged);
        }
    }

    private static boolean none(List<FixtureResult> fixtures) {
        return fixtures == null || fixtures.isEmpty();
    }

    /** At the end of a run: removes the staging directory, empty unless a write failed half-way. */
    public void finish() {
        try {
            Files.deleteIfExists(staging);
        } catch (IOException e) {
            // not empty or not ours to remove: allure generate does not read subdirectories
        }
    }

    /** Files that could not be written: their count and the first reason, or empty when all were written. */
    public Optional<Failures> failures() {
        int count = failed.get();
        return count == 0 ? Optional.empty() : Optional.of(new Failures(count, dir, firstFailure.get()));
    }

    /** @param reason what the file system said the first time, e.g. "No space left on device" */
    public record Failures(int count, Path dir, String reason) {
        public String line() {
            return "allure results lost: " + count + " result file" + (count == 1 ? "" : "s")
                    + " could not be written to " + dir + ": " + reason;
        }
    }

    private void publish(String name, Runnable serialise) {
        Path staged = staging.resolve(name);
        try {
            Path target = ContainedPath.under(dir, "allure result", name);
            if (!dir.equals(target.getParent())) {
                throw new IOException("result file name " + name + " is not a plain file name");
            }
            // No Files.createDirectories(staging) here: allure's writer makes sure of it before every result, an
            // attachment's copy when it is missing, and a check per file was a failing mkdir with its exception.
            serialise.run();
            // No fsync before the rename: a killed bench cannot leave a partial file (the kernel holds what was
            // written, and the rename is atomic), which is the guarantee runs need. Forcing each file to disk cost the
            // deviation catalogue's 3,000 results 10-25 % of its wall time and a third of its system CPU; what it
            // adds, results surviving the host's own crash, a run cut short by one does not need.
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            failed(e);
            try {
                Files.deleteIfExists(staged);
            } catch (IOException | RuntimeException ignored) {
                // the staging directory is unwritable too; nothing there to clean
            }
        }
    }

    private void failed(Exception e) {
        failed.incrementAndGet();
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String reason = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        firstFailure.compareAndSet(null, reason);
    }
}
