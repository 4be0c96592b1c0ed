package io.phonebench.bench.cli;

import io.phonebench.bench.rig.RigConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file option a command writes at its end ({@code screenshot -o}, {@code capture --out}): checked before the
 * command touches a phone, so a mistyped path costs no lease, no power cycle and no capture that is then thrown away.
 */
final class OutputFile {
    private OutputFile() {
    }

    /**
     * @param example a file name to suggest inside {@code file} when it is a directory
     * @throws RigConfigurationException (exit 64) when {@code file} is a directory or its directory is missing
     */
    static void check(String option, Path file, String example) {
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
}
