package io.phonebench.bench.report;

import io.phonebench.bench.rig.RigConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the HTML report goes, and the proof that the bench made it: a {@value #MARKER} file. The bench writes a
 * report only into a directory it created or marked, never into the results, so it cannot delete anything it did not
 * write (allure's {@code --clean} empties its output directory first, and once emptied a run's results).
 */
final class ReportDirectory {
    static final String MARKER = ".phonebench-report";
    /** What a single-file report from before the marker existed holds. */
    private static final Set<String> EARLIER_REPORT = Set.of("index.html");

    private ReportDirectory() {
    }

    /**
     * @throws RigConfigurationException when the report and the results are one directory or one holds the other
     */
    static void checkApart(Path results, Path report) {
        Path r = canonical(results);
        Path o = canonical(report);
        if (r.startsWith(o) || o.startsWith(r)) {
            throw new RigConfigurationException("the report would be written to " + o + ", which "
                    + (r.equals(o) ? "is" : r.startsWith(o) ? "holds" : "is inside") + " the results directory "
                    + r + ": generating it would delete the results. Name a report directory outside the results"
                    + " (run --report-dir, report --into), e.g. " + r.resolveSibling(r.getFileName() + "-report")
                    + ", where run puts it when not told");
        }
    }

    /**
     * Makes {@code report} the bench's: creates it with the marker, or checks that it already is one.
     *
     * @throws RigConfigurationException when it exists and holds something the bench did not write
     */
    static void claim(Path report) {
        try {
            if (Files.exists(report, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isDirectory(report, LinkOption.NOFOLLOW_LINKS)) {
                    throw new RigConfigurationException(report + " is in the way of the report: it is not a "
                            + "directory. Move it away.");
                }
                if (Files.isRegularFile(report.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
                    return;
                }
                List<String> names = names(report);
                if (!names.isEmpty() && !(EARLIER_REPORT.containsAll(names) && isAllureReport(report)))  {
                    throw new RigConfigurationException(report + " already exists and was not written by "
                            + "phonebench (no " + MARKER + " in it; it holds " + names.subList(0,
                            Math.min(5, names.size())) + (names.size() > 5 ? "..." : "") + "): the report is not "
                            + "written there, so nothing in it is replaced. Move it away, or name another report "
                            + "directory (run --report-dir, report --into).");
                }
            }
            Files.createDirectories(report);
            Files.writeString(report.resolve(MARKER), "written by phonebench: its report goes here\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new io.phonebench.drivers.BenchInfrastructureException("cannot prepare the report directory "
                    + report + ": " + e.getMessage(), e);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static boolean isAllureReport(Path dir) throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve("index.html"))) {
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8).contains("Allure Report");
        }
    }

    /** Absolute, normalised, and with symbolic links of the existing part resolved. */
    static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
