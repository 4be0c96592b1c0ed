package io.phonebench.testcases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.cli.ExitCode;
import io.phonebench.bench.cli.PhoneBenchCommand;
import io.phonebench.bench.report.ReportBrowser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job's report, read as a person reads it: {@code run --report} on the virtual rig, then the generated page
 * rendered in headless Chromium must show the run's tests and a screenshot attachment, and, opened with name
 * resolution refused, must not try a single request off the machine (no analytics tag, no CDN).
 */
@Tag("report")
class ReportOfARunTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(300)
    void reportOfARunShowsItsTestsAndTheirScreenshots() throws Exception {
        Path results = tmp.resolve("allure-results");

        int exit = PhoneBenchCommand.execute("run", "--rig", Rigs.path("virtual.yaml").toString(), "--suite", "nightly",
                "--tests", "ScreenshotTest", "--phones", "desk-7970", "--results", results.toString(), "--report");

        assertEquals(ExitCode.OK, exit);
        Path index = tmp.resolve("allure-results-report/index.html");
        assertTrue(Files.isRegularFile(index), "no report at " + index);
        String html = Files.readString(index, StandardCharsets.UTF_8);
        String test = "idleScreenMatchesReferenceModel(Phone) desk-7970 (CP-7970G)";
        String page = ReportBrowser.renderedDom(index, "#suites/" + ReportBrowser.routeTo(html, test), tmp);
        assertTrue(page.contains("idleScreenMatchesReferenceModel"), "test not shown: " + ReportBrowser.excerpt(page));
        assertTrue(page.contains("screenshotHasModelPanelSizeAndColourMode"),
                "the run's other test not shown: " + ReportBrowser.excerpt(page));
        assertTrue(page.contains("screen of desk-7970: actual, as expected"),
                "screenshot attachment not shown: " + ReportBrowser.excerpt(page));
        assertEquals(List.of(), ReportBrowser.externalRequests(index, tmp),
                "the single-file report is offline: no request may leave the page");
    }
}
