package io.phonebench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code phonebench capture --rig FILE --phone NAME}: a rig phone captured by name, with the rig's credentials. */
class CaptureCommandTest {

    @Test
    void capturesAnEmulatedRigPhoneByNameAndShowsOnlyItsVariation(@TempDir Path dir) throws Exception {
        Path rig = rig(dir);

        PhoneCommandsTest.Run run = PhoneCommandsTest.run("", "capture", "--rig", rig.toString(), "--phone",
                "compact-7941", "--lease-wait", "10s");

        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("  - name: CP-7941G"), run.out());
        assertTrue(run.out().contains("~ displayHeader: catalog \"298, 144, 4, G\" -> captured \"298,144,4,G\""),
                run.out());
        assertTrue(run.out().contains("      clearsSessionOnClose: \"capture: 127.0.7.41:"), run.out());
        assertTrue(run.out().contains("      screenshotFormat: \"capture: 127.0.7.41:"), run.out());
        assertEquals(2, run.out().lines().filter(l -> l.startsWith("~ ")).count(), "only the variation differs: "
                + run.out());
    }

    @Test
    void unknownRigPhoneIsAUsageErrorNamingTheRigsPhones(@TempDir Path dir) throws Exception {
        PhoneCommandsTest.Run run = PhoneCommandsTest.run("", "capture", "--rig", rig(dir).toString(), "--phone",
                "nosuch");

        assertEquals(64, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("no phone 'nosuch'") && run.err().contains("compact-7941"), run.err());
    }

    @Test
    void anOutFileInAMissingDirectoryIsRefusedBeforeTheCapture(@TempDir Path dir) throws Exception {
        PhoneCommandsTest.Run run = PhoneCommandsTest.run("", "capture", "--rig", rig(dir).toString(), "--phone",
                "compact-7941", "--out", dir.resolve("no-such-dir").resolve("7941.yaml").toString());

        assertEquals(64, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("--out " + dir.resolve("no-such-dir").resolve("7941.yaml")
                + ": there is no directory " + dir.resolve("no-such-dir")), run.err());
        assertEquals("", run.out(), "nothing was captured");
    }

    @Test
    void addressAndRigTogetherAreRefused(@TempDir Path dir) throws Exception {
        PhoneCommandsTest.Run run = PhoneCommandsTest.run("", "capture", "--rig", rig(dir).toString(), "--phone",
                "compact-7941", "--address", "127.0.7.41");

        assertEquals(64, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("--address") && run.err().contains("--rig"), run.err());
    }

    private static Path rig(Path dir) throws Exception {
        Path rig = dir.resolve("capture.yaml");
        Files.writeString(rig, """
                name: capture
                credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                serviceHost: { bind: 127.0.0.1, port: 0 }
                phones:
                  - name: compact-7941
                    model: CP-7941G
                    address: 127.0.7.41
                    port: 0
                    emulated: { profile: compact-headers }
                """);
        return rig;
    }
}
