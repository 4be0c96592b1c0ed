package io.phonebench.bench.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
        String page = ReportBrowser.renderedDom(index, "#suites/" + ReportBrowser.routeTo(
                Files.readString(index, StandardCharsets.UTF_8), FAILED_NAME), tmp);
        assertTrue(page.contains(PASSED_NAME), "passed test not shown: " + ReportBrowser.excerpt(page));
        assertTrue(page.contains(FAILED_NAME), "failed test not shown: " + ReportBrowser.excerpt(page));
        assertTrue(page.contains(ATTACHMENT), "attachment not shown: " + ReportBrowser.excerpt(page));
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
}
