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
        assertEquals(gitHead(), BuildCommit.current(),
                "environment.properties must name the commit the bench was built from (the newest one that is not"
                        + " a merge, as buildnumber-maven-plugin reads it)");
    }

    @Test
    void aBuildWithoutGitSaysUnknown() throws IOException {
        assertEquals("unknown", read("git.commit=unknown\n"));
        assertEquals("unknown", read("git.commit=${buildNumber}\n"), "an unfiltered file is not a commit");
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

    /** The newest non-merge commit git sees where the build ran; "unknown" outside a checkout (a source tarball). */
    private static String gitHead() throws Exception {
        Path out = Files.createTempFile("git-head", ".txt");
        try {
            Process git;
            try {
                git = new ProcessBuilder("git", "log", "-1", "--no-merges", "--format=%H")
                        .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            } catch (IOException noGit) {
                return "unknown";
            }
            if (!git.waitFor(60, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                throw new AssertionError("git log did not end within 60 s");
            }
            String head = Files.readString(out).trim();
            return git.exitValue() == 0 ? head : "unknown";
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
