package io.phonebench.bench.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finished tests that have no Allure result file: a result the report would silently miss. Only tests that ran on
 * a phone count; a class that failed before its tests has no Allure result by design and is in the summary instead.
 */
public final class LostResults {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LostResults() {
    }

    /** The finished tests of {@code finished} that {@code resultsDir} has no {@code *-result.json} for. */
    public static List<RunSummary.Result> in(List<RunSummary.Result> finished, Path resultsDir) {
        List<Written> written = written(resultsDir);
        List<RunSummary.Result> lost = new ArrayList<>();
        for (RunSummary.Result result : finished) {
            if ("-".equals(result.phone())) {
                continue;
            }
            Written match = written.stream().filter(w -> w.matches(result)).findFirst().orElse(null);
            if (match == null) {
                lost.add(result);
            } else {
                written.remove(match);
            }
        }
        return lost;
    }

    private static List<Written> written(Path dir) {
        List<Written> written = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return written;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-result.json")).toList()) {
                written.add(read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading allure-results " + dir + ": " + e.getMessage(), e);
        }
        return written;
    }

    private static Written read(Path file) {
        try {
            JsonNode node = JSON.readTree(file.toFile());
            return new Written(node.path("fullName").asText(""), node.path("name").asText(""));
        } catch (IOException e) {
            // A half-written file (the process was killed while writing it) is a lost result, not a crash.
            return new Written("", "");
        }
    }

    /** An Allure result: {@code fullName} is {@code package.Class.method}, {@code name} carries the phone. */
    private record Written(String fullName, String name) {
        boolean matches(RunSummary.Result result) {
            return fullName.endsWith("." + result.test()) && name.contains(" " + result.phone() + " (");
        }
    }
}
