package io.phonebench.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
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
        requireChromium();
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

    /**
     * Every http(s) request the page tried while it rendered, read from Chromium's net log. Name resolution is
     * refused for every host, so nothing leaves the machine even when a request is attempted; the log still names it.
     */
    public static List<String> externalRequests(Path index, Path workDir) throws Exception {
        requireChromium();
        Path profile = Files.createDirectories(workDir.resolve("chromium-" + UUID.randomUUID()));
        Path netLog = workDir.resolve("netlog-" + UUID.randomUUID() + ".json");
        Path err = workDir.resolve("chromium-" + UUID.randomUUID() + ".err");
        Process chromium = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-domain-reliability", "--user-data-dir=" + profile,
                "--host-resolver-rules=MAP * ~NOTFOUND", "--log-net-log=" + netLog, "--net-log-capture-mode=Default",
                "--virtual-time-budget=10000", "--dump-dom", index.toUri().toString())
                .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(chromium.waitFor(60, TimeUnit.SECONDS), "chromium did not finish within 60 s");
        assertEquals(0, chromium.exitValue(), () -> "chromium failed: " + read(err));
        assertTrue(Files.isRegularFile(netLog), () -> "chromium wrote no net log: " + read(err));
        JsonNode log = new ObjectMapper().readTree(netLog.toFile());
        int startJob = log.path("constants").path("logEventTypes").path("URL_REQUEST_START_JOB").asInt(-1);
        assertTrue(startJob >= 0, "the net log has no URL_REQUEST_START_JOB event type");
        java.util.Set<String> requests = new java.util.TreeSet<>();
        for (JsonNode event : log.path("events")) {
            JsonNode params = event.path("params");
            String url = params.path("url").asText("");
            // The browser's own traffic (updates, time, accounts) has no page origin: "not an origin".
            boolean fromPage = !"not an origin".equals(params.path("initiator").asText());
            if (event.path("type").asInt() == startJob && fromPage && url.matches("(?i)(https?|wss?)://.*")) {
                requests.add(url);
            }
        }
        return List.copyOf(requests);
    }

    /** The report tests read the page as a person does; without a browser they cannot, and say how to get one. */
    private static void requireChromium() {
        String path = System.getenv().getOrDefault("PATH", "");
        boolean found = java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, "chromium")));
        assertTrue(found, "chromium is not installed, and ./mvnw -B verify opens the generated report in it: "
                + "sudo apt-get install chromium");
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
