package io.phonebench.testcases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.phonebench.bench.cli.ExitCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs with {@code --report} into one results directory, the second on a subset of the phones: the second
 * report holds only the second run's results, each (test, phone) keeps its history id although its invocation
 * index moved, and the trend spans both runs.
 */
@Tag("report")
class HistoryAcrossRunsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    @Timeout(300)
    void aPhoneSubsetRunKeepsEachPhonesHistoryAndReportsOnlyItsOwnResults() throws Exception {
        Path results = tmp.resolve("allure-results");

        int first = run(results, "desk-7960,desk-7970");
        Map<String, String> firstIds = historyIdsByTestAndPhone(results);
        int second = run(results, "desk-7970");
        Map<String, String> secondIds = historyIdsByTestAndPhone(results);

        assertEquals(ExitCode.OK, first);
        assertEquals(ExitCode.OK, second);
        assertEquals(4, firstIds.size(), firstIds.toString());
        assertEquals(2, secondIds.size(), "only the second run's results, not both runs': " + secondIds);
        secondIds.forEach((key, id) -> assertEquals(firstIds.get(key), id, "history id of " + key));

        String html = Files.readString(tmp.resolve("allure-results-report/index.html"), StandardCharsets.UTF_8);
        JsonNode history = embedded(html, "history/history.json");
        for (Map.Entry<String, String> e : secondIds.entrySet()) {
            JsonNode items = history.path(e.getValue()).path("items");
            assertEquals(2, items.size(), "both runs in the history of " + e.getKey() + ": " + history);
        }
        assertEquals(2, embedded(html, "history/history-trend.json").size(), "the trend has one point per run");
    }

    private int run(Path results, String phones) {
        return JUnitXmlOfARunTest.runKeepingSurefiresAllure("run", "--rig", Rigs.path("virtual.yaml").toString(),
                "--suite", "nightly", "--tests", "ScreenshotTest", "--phones", phones, "--results",
                results.toString(), "--report");
    }

    /** {@code Class.method@phone} to historyId, read from the result files now in the directory. */
    private static Map<String, String> historyIdsByTestAndPhone(Path results) throws Exception {
        Map<String, String> ids = new HashMap<>();
        try (Stream<Path> files = Files.list(results)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("-result.json")).toList()) {
                JsonNode result = JSON.readTree(f.toFile());
                String phone = "";
                for (JsonNode label : result.path("labels")) {
                    if (label.path("name").asText().equals("phone")) {
                        phone = label.path("value").asText();
                    }
                }
                ids.put(result.path("fullName").asText() + "@" + phone, result.path("historyId").asText());
            }
        }
        return ids;
    }

    private static JsonNode embedded(String html, String name) throws Exception {
        Matcher m = Pattern.compile("d\\('" + Pattern.quote(name) + "'\\s*,\\s*'([A-Za-z0-9+/=]*)'\\)").matcher(html);
        assertTrue(m.find(), "no " + name + " in the single-file report");
        return JSON.readTree(Base64.getDecoder().decode(m.group(1)));
    }
}
