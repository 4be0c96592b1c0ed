package io.phonebench.bench.cli;

import io.phonebench.bench.rig.RigConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The places a command writes to, checked before it touches a phone: a file option written at its end
 * ({@code screenshot -o}, {@code capture --out}) and the directories a run fills (results, JUnit XML, baselines). A
 * mistyped path is exit 64 and costs no lease, no power cycle, no previous results and no capture thrown away.
 */
final class OutputPlace {
    private OutputPlace() {
    }

    /**
     * @param example a file name to suggest inside {@code file} when it is a directory
     * @throws RigConfigurationException when {@code file} is a directory or its directory is missing
     */
    static void file(String option, Path file, String example) {
        if (Files.isDirectory(file)) {
            throw new RigConfigurationException(option + " " + file + " is a directory: name the file to write, e.g. "
                    + file.resolve(example));
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new RigConfigurationException(option + " " + file + ": there is no directory " + parent
                    + " (it is not made for you)");
        }
    }

    /**
     * A directory that is made when missing ({@code what}: the results, the JUnit XML, the baselines): it, or the
     * nearest of its parents that exists, must be a directory.
     *
     * @throws RigConfigurationException when that is a file
     */
    static void directory(String what, Path dir) {
        for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new RigConfigurationException(what + " " + dir + ": " + p + " is a file, not a directory."
                            + " Name a directory (it is made when missing)");
                }
                return;
            }
        }
    }
}
