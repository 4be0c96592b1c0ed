package io.phonebench.bench.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The git commit the bench was built from, as the build wrote it into {@code io/phonebench/bench/build.properties}
 * (buildnumber-maven-plugin runs {@code git rev-parse} in the checkout). A build from a tarball without .git says
 * "unknown", and so does a build that did not filter the file (an IDE's own compiler). At a merge commit the plugin
 * names the newest commit that is not a merge (as {@code git log -1 --no-merges} does).
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
