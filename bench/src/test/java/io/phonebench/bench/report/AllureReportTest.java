package io.phonebench.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.phonebench.bench.verdict.Evidence;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generates a real single-file report offline and reads it the way a person would: in a browser. */
@Tag("report")
class AllureReportTest {
    private static final String PASSED_NAME = "pushesExecuteToDesk7970";
    private static final String FAILED_NAME = "showsMenuTitleOnDesk7960";
    private static final String ATTACHMENT = "actual screen of desk-7960";

    @TempDir
    Path tmp;

    @Test
    void generatedReportShowsTheTestsAndTheScreenshotAttachment() throws Exception {
        Path results = tmp.resolve("allure-results");
        writeResults(results);
        AllureResultsDirectory directory = new AllureResultsDirectory(results);
        directory.writeCategories();
        directory.writeEnvironment(Map.of("rig", "virtual", "models", "CP-7960G, CP-7970G"));

        Path index = AllureReport.generate(results, tmp.resolve("report"));

        // the suites tree with the failed test opened beside it: both names and the attachment in one page
        String page = renderedDom(index, "#suites/" + routeTo(Files.readString(index, StandardCharsets.UTF_8),
                FAILED_NAME));
        assertTrue(page.contains(PASSED_NAME), "passed test not shown: " + excerpt(page));
        assertTrue(page.contains(FAILED_NAME), "failed test not shown: " + excerpt(page));
        assertTrue(page.contains(ATTACHMENT), "attachment not shown: " + excerpt(page));
    }

    private static void writeResults(Path results) throws Exception {
        Files.createDirectories(results);
        FileSystemResultsWriter writer = new FileSystemResultsWriter(results);
        long now = System.currentTimeMillis();
        writer.write(result(PASSED_NAME, Status.PASSED, now));

        BufferedImage screen = new BufferedImage(133, 65, BufferedImage.TYPE_INT_RGB);
        screen.getGraphics().setColor(Color.WHITE);
        screen.getGraphics().fillRect(0, 0, 133, 65);
        String source = UUID.randomUUID() + "-attachment.png";
        writer.write(source, new ByteArrayInputStream(Evidence.png(ATTACHMENT, screen).content()));
        TestResult failed = result(FAILED_NAME, Status.FAILED, now)
                .setStatusDetails(new StatusDetails().setMessage("expected title Lab, saw Lsb"));
        failed.setAttachments(new ArrayList<>(List.of(new Attachment().setName(ATTACHMENT).setType("image/png")
                .setSource(source))));
        writer.write(failed);
    }

    private static TestResult result(String name, Status status, long now) {
        return new TestResult().setUuid(UUID.randomUUID().toString()).setHistoryId(name).setName(name)
                .setFullName("io.phonebench.testcases.nightly.MenuTest." + name).setStatus(status)
                .setStart(now).setStop(now + 1200)
                .setLabels(new ArrayList<>(List.of(new Label().setName("suite").setValue("nightly"))));
    }

    /** {@code suiteUid/testUid/} of a test, read from the suites tree embedded in the single-file report. */
    private static String routeTo(String html, String name) throws Exception {
        Matcher m = Pattern.compile("d\\('data/suites\\.json'\\s*,\\s*'([A-Za-z0-9+/=]+)'").matcher(html);
        assertTrue(m.find(), "no data/suites.json in the single-file report");
        JsonNode tree = new ObjectMapper().readTree(Base64.getDecoder().decode(m.group(1)));
        for (JsonNode suite : tree.path("children")) {
            for (JsonNode test : suite.path("children")) {
                if (name.equals(test.path("name").asText())) {
                    return test.path("parentUid").asText() + "/" + test.path("uid").asText() + "/";
                }
            }
        }
        throw new AssertionError("no test named " + name + " in the report's suites tree: " + tree);
    }

    private Path profile() throws Exception {
        return Files.createDirectories(tmp.resolve("chromium-" + UUID.randomUUID()));
    }

    private String renderedDom(Path index, String route) throws Exception {
        Process chromium = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile(), "--virtual-time-budget=10000", "--dump-dom",
                index.toUri() + route)
                .redirectError(tmp.resolve("chromium.err").toFile()).start();
        byte[] dom = chromium.getInputStream().readAllBytes();
        assertTrue(chromium.waitFor(60, TimeUnit.SECONDS), "chromium did not finish within 60 s");
        assertEquals(0, chromium.exitValue(), () -> "chromium failed: " + read(tmp.resolve("chromium.err")));
        return new String(dom, StandardCharsets.UTF_8);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static String excerpt(String dom) {
        String text = dom.replaceAll("<script[\\s\\S]*?</script>", "").replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ");
        return text.length() > 1500 ? text.substring(0, 1500) : text;
    }
}
