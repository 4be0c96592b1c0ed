package io.phonebench.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a generated single-file Allure report the way a person does: rendered in headless Chromium. */
public final class ReportBrowser {
    private ReportBrowser() {
    }

    /** {@code suiteUid/testUid/} of a test, read from the suites tree embedded in the single-file report. */
    public static String routeTo(String html, String name) throws Exception {
        Matcher m = Pattern.compile("d\\('data/suites\\.json'\\s*,\\s*'([A-Za-z0-9+/=]+)'").matcher(html);
        assertTrue(m.find(), "no data/suites.json in the single-file report");
        JsonNode tree = new ObjectMapper().readTree(Base64.getDecoder().decode(m.group(1)));
        for (JsonNode test : tree.findParents("uid")) {
            if (name.equals(test.path("name").asText()) && test.has("parentUid")) {
                return test.path("parentUid").asText() + "/" + test.path("uid").asText() + "/";
            }
        }
        throw new AssertionError("no test named " + name + " in the report's suites tree: " + tree);
    }

    /** The DOM after the report's scripts ran, at {@code route} (e.g. {@code #suites/...}). */
    public static String renderedDom(Path index, String route, Path workDir) throws Exception {
        Path profile = Files.createDirectories(workDir.resolve("chromium-" + UUID.randomUUID()));
        Path err = workDir.resolve("chromium-" + UUID.randomUUID() + ".err");
        Process chromium = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=10000", "--dump-dom",
                index.toUri() + route)
                .redirectError(err.toFile()).start();
        byte[] dom = chromium.getInputStream().readAllBytes();
        assertTrue(chromium.waitFor(60, TimeUnit.SECONDS), "chromium did not finish within 60 s");
        assertEquals(0, chromium.exitValue(), () -> "chromium failed: " + read(err));
        return new String(dom, StandardCharsets.UTF_8);
    }

    /** The visible text of a DOM, shortened for an assertion message. */
    public static String excerpt(String dom) {
        String text = dom.replaceAll("<script[\\s\\S]*?</script>", "").replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ");
        return text.length() > 1500 ? text.substring(0, 1500) : text;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
