package io.phonebench.testcases;

import java.nio.file.Files;
import java.nio.file.Path;

/** Rig files of this checkout, found from the working directory upwards (surefire runs in the module folder). */
final class Rigs {
    private Rigs() {
    }

    static Path path(String file) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path rig = dir.resolve("rigs").resolve(file);
            if (Files.isRegularFile(rig)) {
                return rig;
            }
        }
        throw new IllegalStateException("expected rigs/" + file + " in " + Path.of("").toAbsolutePath()
                + " or a folder above it");
    }
}
