package io.phonebench.emulator.serial;

import io.phonebench.emulator.process.ChildEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Two pseudo-terminals wired together by socat, reachable through stable links: the bench opens {@link #benchEnd()}
 * as if it were /dev/ttyUSB0, a simulated device opens {@link #deviceEnd()}. {@link #unplug()} kills socat, so both
 * links vanish and open ports see an I/O error, as when a USB adapter is pulled; {@link #replug()} brings them back
 * under the same names.
 *
 * <p>socat dies with the JVM, however the JVM ends: it runs under a small sh that holds the read end of a pipe whose
 * only writer is this JVM. When the JVM exits, even by SIGKILL, the pipe reaches end of file and the sh kills socat
 * (Linux's {@code PR_SET_PDEATHSIG} is not reachable from Java or sh). A temporary directory records its owner
 * process, and the next pair started removes the directories of owners that are gone.
 */
public final class PseudoTerminalPair implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(2);
    static final String DIR_PREFIX = "phonebench-pty-";
    static final String OWNER_FILE = ".owner";
    /**
     * Runs socat in the background and waits for it; a second background job reads the JVM's pipe (saved as fd 3,
     * since a background job's stdin is /dev/null) and kills socat when it closes: at {@link #unplug()} or when the
     * JVM dies.
     */
    private static final String WATCHDOG = "exec 3<&0; socat \"$@\" 3<&- </dev/null & p=$!; "
            + "{ cat <&3 >/dev/null; kill $p 2>/dev/null; } & exec 3<&-; wait $p";
    private static final AtomicBoolean STALE_REMOVED = new AtomicBoolean();

    private final Path dir;
    private final boolean ownsDir;
    private final Path benchEnd;
    private final Path deviceEnd;
    private final Path socatLog;
    private Process socat;

    private PseudoTerminalPair(Path dir, boolean ownsDir, String name) {
        this.dir = dir;
        this.ownsDir = ownsDir;
        this.benchEnd = dir.resolve(name);
        this.deviceEnd = dir.resolve(name + ".device");
        this.socatLog = dir.resolve(name + ".socat.log");
    }

    /** Whether socat, which wires the pairs, is on the PATH. */
    public static boolean socatInstalled() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "socat"))) {
                return true;
            }
        }
        return false;
    }

    /** A pair in a fresh temporary directory, removed again by {@link #close()}. */
    public static PseudoTerminalPair start(String name) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        if (STALE_REMOVED.compareAndSet(false, true)) {
            removeStale(tmp);
        }
        try {
            Path dir = Files.createTempDirectory(tmp, DIR_PREFIX);
            // Written aside and renamed into place: another JVM's removeStale read a half-written owner record as a
            // dead owner and deleted this directory under a test starting socat in it.
            Path owner = Files.writeString(dir.resolve(OWNER_FILE + ".new"), ownerLine(ProcessHandle.current()),
                    StandardCharsets.UTF_8);
            Files.move(owner, dir.resolve(OWNER_FILE), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            PseudoTerminalPair pair = new PseudoTerminalPair(dir, true, name);
            pair.replug();
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("pseudo-terminal pair " + name + ": could not create a temp dir", e);
        }
    }

    /** A pair whose links are {@code dir/name} (bench end) and {@code dir/name.device}. */
    public static PseudoTerminalPair start(Path dir, String name) {
        PseudoTerminalPair pair = new PseudoTerminalPair(dir, false, name);
        pair.replug();
        return pair;
    }

    public Path benchEnd() {
        return benchEnd;
    }

    public Path deviceEnd() {
        return deviceEnd;
    }

    public synchronized boolean isPlugged() {
        return socat != null && socat.isAlive();
    }

    /** Starts socat (again) and waits, bounded, until both links exist. */
    public synchronized void replug() {
        if (isPlugged()) {
            return;
        }
        List<String> command = List.of("sh", "-c", WATCHDOG, "phonebench-socat", "-d", "-d",
                "pty,raw,echo=0,link=" + benchEnd, "pty,raw,echo=0,link=" + deviceEnd);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(socatLog.toFile());
            ChildEnvironment.scrub(builder.environment());
            socat = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("pseudo-terminal pair " + benchEnd + ": could not run socat ("
                    + e.getMessage() + "); install it (apt-get install socat) to use simulated serial devices", e);
        }
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!(Files.exists(benchEnd) && Files.exists(deviceEnd))) {
            if (!socat.isAlive() || System.nanoTime() > deadline) {
                String output = socatOutput();
                unplug();
                throw new IllegalStateException("pseudo-terminal pair: expected links " + benchEnd + " and "
                        + deviceEnd + " within " + START_TIMEOUT.toSeconds() + " s, socat said: " + output);
            }
            pauseBriefly();
        }
    }

    /** Kills socat and waits, bounded, until it is gone and the links with it. */
    public synchronized void unplug() {
        if (socat == null) {
            return;
        }
        try {
            socat.getOutputStream().close();   // the watchdog's pipe: it kills socat, then the sh ends
        } catch (IOException e) {
            // already closed: the watchdog has seen end of file
        }
        try {
            if (!socat.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                socat.descendants().forEach(ProcessHandle::destroyForcibly);
                socat.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            socat = null;
            deleteQuietly(benchEnd);
            deleteQuietly(deviceEnd);
        }
    }

    @Override
    public synchronized void close() {
        unplug();
        deleteQuietly(socatLog);
        if (ownsDir) {
            deleteTree(dir);
        }
    }

    /**
     * Removes the {@value #DIR_PREFIX}* directories under {@code tmp} whose owner process has ended (a JVM killed
     * before it could close its pairs). Directories without a readable owner record, or of a live owner, stay.
     *
     * @return how many were removed
     */
    static int removeStale(Path tmp) {
        int removed = 0;
        try (Stream<Path> dirs = Files.list(tmp)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith(DIR_PREFIX)).toList()) {
                Path owner = dir.resolve(OWNER_FILE);
                if (Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.isRegularFile(owner)
                        && !ownerAlive(Files.readString(owner, StandardCharsets.UTF_8))) {
                    deleteTree(dir);
                    removed++;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // another user's directory or a race with its owner: leftovers are harmless, a failed start is not
        }
        return removed;
    }

    /** {@code PID START}: a pid alone could be a newer process that reused the number. */
    static String ownerLine(ProcessHandle process) {
        return process.pid() + " " + process.info().startInstant().map(Instant::toString).orElse("-") + "\n";
    }

    private static boolean ownerAlive(String line) {
        String[] fields = line.strip().split(" ");
        try {
            Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(fields[0]));
            return process.isPresent() && process.get().isAlive() && (fields.length < 2 || "-".equals(fields[1])
                    || ownerLine(process.get()).strip().equals(line.strip()));
        } catch (NumberFormatException e) {
            return true;   // not a record this class wrote whole: leave the directory, as one without a record
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(PseudoTerminalPair::deleteQuietly);
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp dir is harmless
        }
    }

    private String socatOutput() {
        try {
            return Files.readString(socatLog, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private static void pauseBriefly() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for socat", e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // socat normally removes its own links; nothing more to do
        }
    }

    @Override
    public String toString() {
        return "PseudoTerminalPair[" + benchEnd + " <-> " + deviceEnd + (isPlugged() ? "" : ", unplugged") + "]";
    }
}
