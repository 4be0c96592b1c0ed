package io.phonebench.bench.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The git commit the bench was built from, as the build wrote it into {@code io/phonebench/bench/build.properties}
 * (git-commit-id-maven-plugin runs native git in the checkout: HEAD, a merge commit too). A build from a tarball
 * without .git says "unknown", and so does a build that did not filter the file (an IDE's own compiler).
 */
public final class BuildCommit {
    static final String RESOURCE = "/io/phonebench/bench/build.properties";
    public static final String UNKNOWN = "unknown";

    private BuildCommit() {
    }

    public static String current() {
        try (InputStream in = BuildCommit.class.getResourceAsStream(RESOURCE)) {
            return in == null ? UNKNOWN : read(in);
        } catch (IOException e) {
            return UNKNOWN;
        }
    }

    static String read(InputStream buildProperties) throws IOException {
        Properties build = new Properties();
        build.load(buildProperties);
        String commit = build.getProperty("git.commit", "").trim();
        return commit.matches("[0-9a-f]{7,64}") ? commit : UNKNOWN;
    }
}
