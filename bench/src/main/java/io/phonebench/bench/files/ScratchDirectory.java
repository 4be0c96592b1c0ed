package io.phonebench.bench.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A directory the bench made for its own work (a report's staging, a deviation run's rig and results): removed whole
 * when the work is done, so runs do not pile up in the temporary directory.
 */
public final class ScratchDirectory {
    private ScratchDirectory() {
    }

    /** Removes {@code dir} and everything in it, deepest first; returns false when something could not go. */
    public static boolean delete(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
