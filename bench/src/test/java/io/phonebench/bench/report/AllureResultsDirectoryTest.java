package io.phonebench.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllureResultsDirectoryTest {
    @TempDir
    Path tmp;

    @Test
    void categoriesKeepProductFailuresApartFromInfrastructure() throws Exception {
        AllureResultsDirectory results = new AllureResultsDirectory(tmp.resolve("results"));
        results.writeCategories();

        JsonNode categories = new ObjectMapper().readTree(tmp.resolve("results/categories.json").toFile());
        assertEquals("broken", categories.get(1).get("matchedStatuses").get(0).asText());
        assertTrue(categories.get(1).get("name").asText().startsWith("Infrastructure"));
        assertEquals("failed", categories.get(2).get("matchedStatuses").get(0).asText());
        assertTrue(categories.get(2).get("name").asText().startsWith("Product failures"));
    }

    @Test
    void cleanStartRemovesThePreviousRunsResultsButKeepsHistoryAndForeignFiles() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("results"));
        String uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
        for (String old : java.util.List.of(uuid + "-result.json", uuid + "-container.json", uuid + "-attachment.png",
                "categories.json", "environment.properties", "executor.json", "phonebench.log")) {
            Files.writeString(dir.resolve(old), "previous run");
        }
        Files.writeString(Files.createDirectories(dir.resolve("history")).resolve("history.json"), "{}");
        Files.writeString(dir.resolve("notes.txt"), "not Allure's");

        int removed = new AllureResultsDirectory(dir).clearKeepingHistory();

        assertEquals(7, removed);
        try (var left = Files.list(dir)) {
            assertEquals(java.util.Set.of("history", "notes.txt"), left.map(f -> f.getFileName().toString())
                    .collect(java.util.stream.Collectors.toSet()));
        }
        assertTrue(Files.isRegularFile(dir.resolve("history/history.json")));
    }

    @Test
    void environmentIsAReadablePropertiesFile() throws Exception {
        AllureResultsDirectory results = new AllureResultsDirectory(tmp.resolve("results"));
        results.writeEnvironment(Map.of("rig", "virtual", "serviceHost", "http://127.0.0.1:8080"));

        Properties read = new Properties();
        try (Reader in = Files.newBufferedReader(tmp.resolve("results/environment.properties"),
                java.nio.charset.StandardCharsets.ISO_8859_1)) {
            read.load(in);
        }
        assertEquals("http://127.0.0.1:8080", read.getProperty("serviceHost"));
        assertEquals("virtual", read.getProperty("rig"));
    }

    @Test
    void historyOfThePreviousReportIsCarriedIntoTheNewResults() throws Exception {
        Path previous = tmp.resolve("report");
        Files.createDirectories(previous.resolve("history"));
        Files.writeString(previous.resolve("history/history-trend.json"), "[{\"data\":{\"passed\":3}}]");
        Files.writeString(previous.resolve("history/history.json"), "{}");
        AllureResultsDirectory results = new AllureResultsDirectory(tmp.resolve("results"));

        assertEquals(2, results.carryHistoryFrom(previous));
        assertEquals("[{\"data\":{\"passed\":3}}]",
                Files.readString(tmp.resolve("results/history/history-trend.json")));
    }

    @Test
    void firstRunHasNoHistoryToCarry() {
        assertEquals(0, new AllureResultsDirectory(tmp.resolve("results")).carryHistoryFrom(tmp.resolve("none")));
    }

    @Test
    void historyEmbeddedInASingleFileReportIsCarriedIntoTheNewResults() throws Exception {
        Path report = Files.createDirectories(tmp.resolve("single-file-report"));
        String trend = "[{\"data\":{\"passed\":4,\"total\":4}}]";
        Files.writeString(report.resolve("index.html"), "<script>d('history/history-trend.json','"
                + java.util.Base64.getEncoder().encodeToString(trend.getBytes()) + "');d('data/x.json','e30=')</script>");
        Path results = tmp.resolve("results");

        int copied = new AllureResultsDirectory(results).carryHistoryFrom(report);

        assertEquals(1, copied);
        assertEquals(trend, Files.readString(results.resolve("history/history-trend.json")));
    }

    @Test
    void theSingleFileReportsIndexNamedItselfCarriesItsHistoryToo() throws Exception {
        Path report = Files.createDirectories(tmp.resolve("single-file-report"));
        String trend = "[{\"data\":{\"passed\":2,\"total\":2}}]";
        Path index = Files.writeString(report.resolve("index.html"), "<script>d('history/history-trend.json','"
                + java.util.Base64.getEncoder().encodeToString(trend.getBytes()) + "')</script>");
        Path results = tmp.resolve("results");

        assertEquals(1, new AllureResultsDirectory(results).carryHistoryFrom(index));
        assertEquals(trend, Files.readString(results.resolve("history/history-trend.json")));
    }
}
