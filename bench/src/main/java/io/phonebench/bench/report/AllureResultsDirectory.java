package io.phonebench.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.phonebench.drivers.BenchInfrastructureException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The extra files of an allure-results directory that make the report useful: categories that keep product
 * failures apart from infrastructure, environment.properties, and the previous report's history so trends and
 * retries span runs.
 */
public final class AllureResultsDirectory {
    private static final Pattern EMBEDDED_HISTORY =
            Pattern.compile("d\\('history/([\\w.-]+\\.json)','([A-Za-z0-9+/=]*)'\\)");

    /** First match wins: lease problems, then all other infrastructure, then product failures. */
    static final List<Map<String, Object>> CATEGORIES = List.of(
            Map.of("name", "Lease lost (another job took the rig)", "matchedStatuses", List.of("broken"),
                    "messageRegex", "(?s).*lease lost.*"),
            Map.of("name", "Infrastructure: relay, serial console, network or lease", "matchedStatuses",
                    List.of("broken")),
            Map.of("name", "Product failures: phone deviates from its reference model", "matchedStatuses",
                    List.of("failed")));

    /** What Allure and the bench write into a results directory, besides history/. */
    private static final Pattern ALLURE_FILE = Pattern.compile("[0-9a-f-]{36}-(result\\.json|container\\.json|"
            + "attachment.*)|categories\\.json|environment\\.properties|executor\\.json|phonebench\\.log");

    private final Path dir;

    public AllureResultsDirectory(Path dir) {
        this.dir = dir;
    }

    public Path path() {
        return dir;
    }

    /**
     * Starts a run from an empty results directory but for {@code history/}: Allure reports every result file it
     * finds, so a 4-test run after a full run would report both runs. Only Allure's own files are removed, so a
     * mistaken {@code --results .} costs nothing else.
     *
     * @return the number of files removed
     */
    public int clearKeepingHistory() {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            int removed = 0;
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (ALLURE_FILE.matcher(f.getFileName().toString()).matches()) {
                    Files.delete(f);
                    removed++;
                }
            }
            return removed;
        } catch (IOException e) {
            throw failure("a clean start (removing the previous run's results)", e);
        }
    }

    public void writeCategories() {
        try {
            Files.createDirectories(dir);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(dir.resolve("categories.json").toFile(), CATEGORIES);
        } catch (IOException e) {
            throw failure("categories.json", e);
        }
    }

    /** environment.properties: rig, firmware, models, bench version... shown on the report's overview. */
    public void writeEnvironment(Map<String, String> environment) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(environment).forEach((k, v) -> text.append(escape(k)).append('=').append(escape(v))
                .append('\n'));
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("environment.properties"), text, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw failure("environment.properties", e);
        }
    }

    /**
     * Copies {@code previousReport/history/*} into {@code history/} here, so the next report shows trends. A missing
     * previous report (the first run) is not an error.
     *
     * @return the number of history files copied
     */
    public int carryHistoryFrom(Path previousReport) {
        if (Files.isRegularFile(previousReport)) {
            return extractHistory(previousReport);   // the single-file report's index.html itself
        }
        Path history = previousReport.resolve("history");
        if (Files.isDirectory(history)) {
            return copyHistory(previousReport, history);
        }
        Path singleFile = previousReport.resolve("index.html");
        return Files.isRegularFile(singleFile) ? extractHistory(singleFile) : 0;
    }

    private int copyHistory(Path previousReport, Path history) {
        try (Stream<Path> files = Files.list(history)) {
            Path target = Files.createDirectories(dir.resolve("history"));
            int copied = 0;
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, target.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                copied++;
            }
            return copied;
        } catch (IOException e) {
            throw failure("history/ from " + previousReport, e);
        }
    }

    /**
     * A single-file report has no history/ folder: it embeds each file as {@code d('history/NAME','BASE64')}.
     * Those are written back out, so trends survive between runs of {@code --report}.
     */
    private int extractHistory(Path index) {
        try {
            Matcher m = EMBEDDED_HISTORY.matcher(Files.readString(index, StandardCharsets.UTF_8));
            int copied = 0;
            while (m.find()) {
                Path target = Files.createDirectories(dir.resolve("history")).resolve(m.group(1));
                Files.write(target, Base64.getDecoder().decode(m.group(2)));
                copied++;
            }
            return copied;
        } catch (IOException | IllegalArgumentException e) {
            throw failure("history embedded in " + index, e instanceof IOException io ? io
                    : new IOException(e.getMessage(), e));
        }
    }

    private BenchInfrastructureException failure(String what, IOException e) {
        return new BenchInfrastructureException("cannot write " + what + " in allure results " + dir + ": "
                + e.getMessage(), e);
    }

    /** Properties-file escaping for the characters that matter in keys and values. */
    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '=', ':', '#', '!' -> out.append('\\').append(c);
                default -> {
                    if (c > 0xFF) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
