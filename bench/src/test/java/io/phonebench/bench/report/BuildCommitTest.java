package io.phonebench.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BuildCommitTest {
    @Test
    void namesTheCommitThisCheckoutIsAt() throws Exception {
        // A linked worktree (git worktree add) is the one place the plugin reads the main checkout's HEAD instead:
        // there the recorded commit is only required to be one of the repository's.
        if (git("rev-parse", "--git-dir").equals(git("rev-parse", "--git-common-dir"))) {
            assertEquals(git("rev-parse", "HEAD"), BuildCommit.current(),
                    "environment.properties must name the commit the bench was built from, HEAD (a merge too)");
        } else {
            assertEquals(BuildCommit.current(), git("rev-parse", "--verify", BuildCommit.current() + "^{commit}"),
                    "built in a linked worktree: the recorded commit must at least be one of the repository's");
        }
    }

    @Test
    void aBuildWithoutGitSaysUnknown() throws IOException {
        assertEquals("unknown", read("git.commit=unknown\n"));
        assertEquals("unknown", read("git.commit=${git.commit.id}\n"), "an unfiltered file is not a commit");
        assertEquals("unknown", read(""));
    }

    @Test
    void aCommitIdIsTakenAsWritten() throws IOException {
        assertEquals("0eae7d9d0b5480896f1cd37e0399030b9f880412",
                read("git.commit=0eae7d9d0b5480896f1cd37e0399030b9f880412\n"));
    }

    private static String read(String text) throws IOException {
        return BuildCommit.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** What {@code git ARGS} prints here; "unknown" outside a checkout (a source tarball). */
    private static String git(String... args) throws Exception {
        Path out = Files.createTempFile("git-out", ".txt");
        try {
            Process git;
            try {
                java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("git"));
                command.addAll(java.util.List.of(args));
                git = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            } catch (IOException noGit) {
                return "unknown";
            }
            if (!git.waitFor(60, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                throw new AssertionError("git " + String.join(" ", args) + " did not end within 60 s");
            }
            String printed = Files.readString(out).trim();
            return git.exitValue() == 0 ? java.nio.file.Path.of(printed).isAbsolute()
                    ? java.nio.file.Path.of(printed).toRealPath().toString() : printed : "unknown";
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
