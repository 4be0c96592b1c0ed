package io.phonebench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.phonebench.bench.report.BuildCommit;
import io.phonebench.bench.rig.RigFile;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's environment.properties says which bench build produced the results: the git commit it was built from. */
class RunEnvironmentTest {
    @Test
    void environmentNamesTheCommitTheBenchWasBuiltFrom(@TempDir Path results) throws Exception {
        ReportStep.writeEnvironment(results, RigFile.load(RigCommandsTest.virtualRig()), "nightly", List.of());

        Properties environment = new Properties();
        try (Reader in = Files.newBufferedReader(results.resolve("environment.properties"),
                StandardCharsets.ISO_8859_1)) {
            environment.load(in);
        }
        assertEquals(BuildCommit.current(), environment.getProperty("git.commit"), environment.toString());
    }
}
