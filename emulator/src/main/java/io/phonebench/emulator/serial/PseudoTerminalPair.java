package io.phonebench.emulator.serial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Two pseudo-terminals wired together by socat, reachable through stable links: the bench opens {@link #benchEnd()}
 * as if it were /dev/ttyUSB0, a simulated device opens {@link #deviceEnd()}. {@link #unplug()} kills socat, so both
 * links vanish and open ports see an I/O error, as when a USB adapter is pulled; {@link #replug()} brings them back
 * under the same names.
 */
public final class PseudoTerminalPair implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(2);

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
        try {
            PseudoTerminalPair pair = new PseudoTerminalPair(Files.createTempDirectory("phonebench-pty-"), true, name);
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
        List<String> command = List.of("socat", "-d", "-d",
                "pty,raw,echo=0,link=" + benchEnd, "pty,raw,echo=0,link=" + deviceEnd);
        try {
            socat = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(socatLog.toFile()).start();
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
        socat.destroy();
        try {
            if (!socat.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
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
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(PseudoTerminalPair::deleteQuietly);
            } catch (IOException e) {
                // a leftover temp dir is harmless
            }
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
