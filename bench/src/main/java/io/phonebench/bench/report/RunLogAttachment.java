package io.phonebench.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.phonebench.drivers.BenchInfrastructureException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Attaches a file of the whole run (its log, the certification matrix) to the report. Allure has no run-level
 * attachment, so the file is the attachment of a set-up fixture in one container whose children are every result of
 * the run: each result shows it under "Set up".
 */
public final class RunLogAttachment {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunLogAttachment() {
    }

    /** @return the number of results the log was attached to */
    public static int attach(Path results, Path log, long startMillis, long stopMillis) {
        return attach(results, "phonebench run log", log, "text/plain", startMillis, stopMillis);
    }

    /** @return the number of results the file was attached to */
    public static int attach(Path results, String name, Path log, String type, long startMillis, long stopMillis) {
        try (Stream<Path> files = Files.list(results)) {
            List<String> children = new ArrayList<>();
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("-result.json")).toList()) {
                JsonNode uuid = JSON.readTree(f.toFile()).path("uuid");
                if (uuid.isTextual()) {
                    children.add(uuid.asText());
                }
            }
            if (children.isEmpty()) {
                return 0;
            }
            String id = UUID.randomUUID().toString();
            String file = log.getFileName().toString();
            String source = id + "-attachment" + file.substring(Math.max(0, file.lastIndexOf('.')));
            Files.copy(log, results.resolve(source));
            Map<String, Object> fixture = Map.of("name", name, "status", "passed",
                    "stage", "finished", "start", startMillis, "stop", stopMillis,
                    "attachments", List.of(Map.of("name", name + " (" + log.getFileName() + ")",
                            "source", source, "type", type)));
            JSON.writeValue(results.resolve(id + "-container.json").toFile(), Map.of("uuid", id,
                    "name", "phonebench run", "children", children, "befores", List.of(fixture),
                    "start", startMillis, "stop", stopMillis));
            return children.size();
        } catch (IOException e) {
            throw new BenchInfrastructureException("cannot attach " + log + " to the results in "
                    + results + ": " + e.getMessage(), e);
        }
    }
}
