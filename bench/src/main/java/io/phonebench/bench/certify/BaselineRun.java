package io.phonebench.bench.certify;

import io.phonebench.bench.rig.RigConfigurationException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A previous certification's output directory, checked before a new run starts rather than after an hour. */
public final class BaselineRun {
    private BaselineRun() {
    }

    /** The baseline's matrix; a missing directory or CSV, or an unreadable one, is a user-fixable error. */
    public static CertificationMatrix load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RigConfigurationException("--baseline " + dir + ": expected the output directory of an earlier "
                    + "certify run, but there is no such directory");
        }
        Path csv = dir.resolve(CertificationCsv.FILE_NAME);
        if (!Files.isRegularFile(csv)) {
            throw new RigConfigurationException("--baseline " + dir + ": expected " + CertificationCsv.FILE_NAME
                    + " in it (written by an earlier certify run), but it has none");
        }
        try {
            return CertificationCsv.read(csv);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new RigConfigurationException("--baseline " + e.getMessage(), e);
        }
    }
}
