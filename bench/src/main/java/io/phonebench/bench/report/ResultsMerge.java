package io.phonebench.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.phonebench.drivers.BenchInfrastructureException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Joins the allure-results directories of shards and rigs into one, so one report covers a whole lab night.
 *
 * <p>Allure names results, containers and attachments by UUID, so the same file name in two directories is the same
 * result copied twice (a re-uploaded CI artifact): one copy is kept. If the two copies differ, the first is kept and
 * the clash is reported, never overwritten silently. {@code environment.properties} is joined key by key (different
 * values of one key are listed together); {@code history/history.json} keeps, per historyId, the entry whose latest
 * run is newest; trend files come from the directory with the newest history.
 */
public final class ResultsMerge {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String HISTORY = "history";
    private static final String HISTORY_JSON = "history.json";
    private static final String ENVIRONMENT = "environment.properties";

    private final Path into;
    private final List<String> notes = new ArrayList<>();
    private int copied;
    private int duplicates;

    public ResultsMerge(Path into) {
        this.into = into;
    }

    /** What a merge did: files copied, identical copies dropped, and one line per clash or choice worth knowing. */
    public record Summary(int copied, int duplicates, List<String> notes) {
        public Summary {
            notes = List.copyOf(notes);
        }
    }

    /** Merges every source into {@link #into}; a source that is not a directory is a usage error of the caller. */
    public Summary merge(List<Path> sources) {
        try {
            Files.createDirectories(into);
            Map<String, Properties> environments = new LinkedHashMap<>();
            Properties existing = readEnvironment(into);
            if (existing != null) {
                environments.put(into.toString(), existing);
            }
            List<Path> historyDirs = new ArrayList<>();
            if (Files.isDirectory(into.resolve(HISTORY))) {
                historyDirs.add(into.resolve(HISTORY));
            }
            for (Path source : sources) {
                if (!Files.isDirectory(source)) {
                    throw new IllegalArgumentException(source + ": not a directory of allure results");
                }
                copyResults(source);
                Properties environment = readEnvironment(source);
                if (environment != null) {
                    environments.put(source.toString(), environment);
                }
                if (Files.isDirectory(source.resolve(HISTORY))) {
                    historyDirs.add(source.resolve(HISTORY));
                }
            }
            if (!environments.isEmpty()) {
                writeEnvironment(environments.values());
            }
            mergeHistory(historyDirs);
            return new Summary(copied, duplicates, notes);
        } catch (IOException e) {
            throw new BenchInfrastructureException("cannot merge allure results into " + into + ": " + e.getMessage(),
                    e);
        }
    }

    private void copyResults(Path source) throws IOException {
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.equals(ENVIRONMENT)) {
                    continue;
                }
                Path target = into.resolve(name);
                if (!Files.exists(target)) {
                    Files.copy(file, target);
                    copied++;
                } else if (Files.mismatch(file, target) == -1) {
                    duplicates++;
                } else {
                    notes.add("kept " + target + ", not the different " + file + " of the same name");
                }
            }
        }
    }

    private static Properties readEnvironment(Path dir) throws IOException {
        Path file = dir.resolve(ENVIRONMENT);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file, StandardCharsets.ISO_8859_1)));
        return p;
    }

    /** One key shown once: shards of one rig agree; two rigs show both values, in the order given. */
    private void writeEnvironment(Iterable<Properties> environments) throws IOException {
        Map<String, Set<String>> values = new TreeMap<>();
        for (Properties p : environments) {
            for (String key : new TreeMap<>(p).keySet().stream().map(Object::toString).toList()) {
                values.computeIfAbsent(key, k -> new LinkedHashSet<>())
                        .addAll(Arrays.asList(p.getProperty(key).split("; ")));
            }
        }
        Map<String, String> joined = new LinkedHashMap<>();
        values.forEach((k, v) -> joined.put(k, String.join("; ", v)));
        new AllureResultsDirectory(into).writeEnvironment(joined);
    }

    private void mergeHistory(List<Path> historyDirs) throws IOException {
        if (historyDirs.isEmpty()) {
            return;
        }
        ObjectNode merged = JSON.createObjectNode();
        Map<String, Long> newestOf = new LinkedHashMap<>();
        Path newestDir = null;
        long newest = Long.MIN_VALUE;
        for (Path dir : historyDirs) {
            Path file = dir.resolve(HISTORY_JSON);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            JsonNode history = JSON.readTree(file.toFile());
            for (Iterator<Map.Entry<String, JsonNode>> it = history.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                long latest = latestRun(entry.getValue());
                if (latest > newest) {
                    newest = latest;
                    newestDir = dir;
                }
                if (!newestOf.containsKey(entry.getKey()) || latest > newestOf.get(entry.getKey())) {
                    newestOf.put(entry.getKey(), latest);
                    merged.set(entry.getKey(), entry.getValue());
                }
            }
        }
        Path target = Files.createDirectories(into.resolve(HISTORY));
        Path trendsFrom = newestDir == null ? historyDirs.get(0) : newestDir;
        if (!trendsFrom.equals(target)) {
            try (Stream<Path> files = Files.list(trendsFrom)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    if (!f.getFileName().toString().equals(HISTORY_JSON)) {
                        Files.copy(f, target.resolve(f.getFileName()),
                                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            if (historyDirs.size() > 1) {
                notes.add("trends from " + trendsFrom + " (the newest history)");
            }
        }
        JSON.writeValue(target.resolve(HISTORY_JSON).toFile(), merged);
    }

    /** The newest stop (or start) time of an entry's items; an entry without times counts as oldest. */
    private static long latestRun(JsonNode entry) {
        long latest = Long.MIN_VALUE;
        for (JsonNode item : entry.path("items")) {
            JsonNode time = item.path("time");
            long t = time.path("stop").asLong(time.path("start").asLong(Long.MIN_VALUE));
            latest = Math.max(latest, t);
        }
        return latest;
    }
}
