package io.phonebench.emulator.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A JVM that owns a pair is killed with SIGKILL: its socat goes with it, and the next run clears its directory. */
@Tag("reliability")
class PseudoTerminalPairDeathTest {
    private static final String SECRET = "s3cret-not-for-socat";

    @Test
    void socatDiesWithAKilledJvmAndNeverSeesThePassword() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PseudoTerminalPairOwner.class.getName())
                .redirectErrorStream(true);
        builder.environment().put("PHONEBENCH_PASSWORD", SECRET);
        Process owner = builder.start();
        // Bounds the test: a child that never gets ready is killed, which ends the read below.
        CompletableFuture.delayedExecutor(60, TimeUnit.SECONDS).execute(owner::destroyForcibly);
        try {
            String ready;
            try (BufferedReader lines = owner.inputReader(StandardCharsets.UTF_8)) {
                ready = lines.readLine();
            }
            assertNotNull(ready, "the owner JVM ended before its pair was up");
            assertTrue(ready.startsWith("ready "), ready);
            Path dir = Path.of(ready.substring("ready ".length()));
            List<ProcessHandle> socat = owner.descendants()
                    .filter(p -> p.info().command().map(c -> c.endsWith("/socat")).orElse(false)).toList();
            assertEquals(1, socat.size(), "one socat under the owner JVM: " + owner.descendants()
                    .map(p -> p.info().commandLine().orElse("?")).toList());
            String environ = Files.readString(Path.of("/proc", Long.toString(socat.get(0).pid()), "environ"),
                    StandardCharsets.ISO_8859_1);
            assertFalse(environ.contains("PHONEBENCH_PASSWORD") || environ.contains(SECRET),
                    "socat inherited the bench's password");

            owner.destroyForcibly();   // SIGKILL: no shutdown hook, no close()
            assertTrue(owner.waitFor(20, TimeUnit.SECONDS), "the owner JVM did not die");
            socat.get(0).onExit().get(20, TimeUnit.SECONDS);
            assertFalse(socat.get(0).isAlive(), "socat outlived the JVM that started it");

            assertTrue(Files.isDirectory(dir), "the killed JVM left its pty directory " + dir);
            PseudoTerminalPair.removeStale(dir.getParent());
            assertFalse(Files.exists(dir), "the next run removes the pty directory of a dead owner");
        } finally {
            owner.destroyForcibly();
        }
    }

    @Test
    void theDirectoryOfALiveOwnerStays() {
        try (PseudoTerminalPair pair = PseudoTerminalPair.start("ttyUSB8")) {
            Path dir = pair.benchEnd().getParent();
            PseudoTerminalPair.removeStale(dir.getParent());
            assertTrue(Files.isDirectory(dir) && pair.isPlugged(), "a live pair's directory was removed");
        }
    }

    /** Another JVM may look while a pair's owner record is being written: what it cannot read, it leaves. */
    @Test
    void aDirectoryWhoseOwnerRecordIsStillEmptyStays(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Path empty = Files.createDirectory(tmp.resolve(PseudoTerminalPair.DIR_PREFIX + "empty"));
        Files.writeString(empty.resolve(PseudoTerminalPair.OWNER_FILE), "");

        PseudoTerminalPair.removeStale(tmp);

        assertTrue(Files.isDirectory(empty), "removed a directory whose owner record was empty");
    }
}
