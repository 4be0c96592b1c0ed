package io.phonebench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.TestResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two rigs' results, a shard's result uploaded twice and each rig's history become one results directory. */
class MergeResultsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void mergesResultsOfTwoRigsAndKeepsOneCopyOfAResultUploadedTwice() throws Exception {
        Path rigA = results("rig-a", "pushesTextOnRigA");
        Path rigB = results("rig-b", "pushesTextOnRigB");
        String twice = only(rigA, "-result.json");
        Files.copy(rigA.resolve(twice), rigB.resolve(twice));

        PhoneCommandsTest.Run run = PhoneCommandsTest.run("", "merge-results", "--into",
                tmp.resolve("merged").toString(), rigA.toString(), rigB.toString());

        assertEquals(ExitCode.OK, run.exit(), run.out() + run.err());
        try (var files = Files.list(tmp.resolve("merged"))) {
            assertEquals(2, files.filter(f -> f.toString().endsWith("-result.json")).count());
        }
        assertTrue(run.out().contains("1 identical copies dropped"), run.out());
        String environment = Files.readString(tmp.resolve("merged/environment.properties"));
        assertTrue(environment.contains("rig=rig-a; rig-b"), environment);
    }

    @Test
    void aDifferentFileOfTheSameNameIsKeptOnceAndReported() throws Exception {
        Path rigA = results("rig-a", "pushesTextOnRigA");
        Path rigB = results("rig-b", "pushesTextOnRigB");
        String name = only(rigA, "-result.json");
        Files.writeString(rigB.resolve(name), "{\"name\":\"something else\"}");

        PhoneCommandsTest.Run run = PhoneCommandsTest.run("", "merge-results", "--into",
                tmp.resolve("merged").toString(), rigA.toString(), rigB.toString());

        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.out().contains("kept") && run.out().contains(name), run.out());
        assertEquals(-1, Files.mismatch(rigA.resolve(name), tmp.resolve("merged").resolve(name)));
    }

    @Test
    void historyKeepsTheNewestEntryOfEachTest() throws Exception {
        Path rigA = results("rig-a", "pushesTextOnRigA");
        Path rigB = results("rig-b", "pushesTextOnRigB");
        history(rigA, "shared-test", 1_000, "passed", "only-a", 500);
        history(rigB, "shared-test", 2_000, "failed", "only-b", 700);

        PhoneCommandsTest.Run run = PhoneCommandsTest.run("", "merge-results", "--into",
                tmp.resolve("merged").toString(), rigA.toString(), rigB.toString());

        assertEquals(ExitCode.OK, run.exit(), run.err());
        JsonNode merged = JSON.readTree(tmp.resolve("merged/history/history.json").toFile());
        assertEquals("failed", merged.path("shared-test").path("items").get(0).path("status").asText());
        assertTrue(merged.has("only-a") && merged.has("only-b"), merged.toString());
        assertTrue(Files.isRegularFile(tmp.resolve("merged/history/history-trend.json")));
    }

    @Test
    void aHistorySourceWithoutHistoryIsToldApartFromAFirstRun() throws Exception {
        Path rigA = results("rig-a", "pushesTextOnRigA");
        Path notAReport = Files.createDirectories(tmp.resolve("not-a-report"));

        PhoneCommandsTest.Run firstRun = PhoneCommandsTest.run("", "merge-results", "--into",
                tmp.resolve("merged-1").toString(), "--history-from", tmp.resolve("no-report-yet").toString(),
                rigA.toString());
        PhoneCommandsTest.Run wrongPlace = PhoneCommandsTest.run("", "merge-results", "--into",
                tmp.resolve("merged-2").toString(), "--history-from", notAReport.toString(), rigA.toString());

        assertEquals(ExitCode.OK, firstRun.exit(), firstRun.err());
        assertTrue(firstRun.out().contains("(a first run): trends start now"), firstRun.out());
        assertEquals(ExitCode.OK, wrongPlace.exit(), wrongPlace.err());
        assertTrue(wrongPlace.out().contains(notAReport + " holds no report history"), wrongPlace.out());
    }

    @Test
    void refusesToMergeIntoOneOfTheSources() throws Exception {
        Path rigA = results("rig-a", "pushesTextOnRigA");

        PhoneCommandsTest.Run run = PhoneCommandsTest.run("", "merge-results", "--into",
                rigA.resolve("merged").toString(), rigA.toString());

        assertEquals(ExitCode.USAGE, run.exit(), run.out());
        assertTrue(run.err().contains("overlaps"), run.err());
    }

    @Test
    void reportMayNotGoInsideTheResults() throws Exception {
        Path rigA = results("rig-a", "pushesTextOnRigA");

        PhoneCommandsTest.Run run = PhoneCommandsTest.run("", "report", rigA.toString(), "--into",
                rigA.resolve("report").toString());

        assertEquals(ExitCode.USAGE, run.exit(), run.out());
        assertTrue(run.err().contains("overlaps"), run.err());
        assertFalse(Files.exists(rigA.resolve("report")));
    }

    /** The merged directory through the bundled Allure: one report with both rigs' tests and the merged history. */
    @Test
    @Tag("report")
    void reportOfMergedResultsHoldsBothRigsAndTheHistory() throws Exception {
        Path rigA = results("rig-a", "pushesTextOnRigA");
        Path rigB = results("rig-b", "pushesTextOnRigB");
        history(rigA, "shared-test", 1_000, "passed", "only-a", 500);
        Path merged = tmp.resolve("merged");
        assertEquals(ExitCode.OK, PhoneCommandsTest.run("", "merge-results", "--into", merged.toString(),
                rigA.toString(), rigB.toString()).exit());

        PhoneCommandsTest.Run run = PhoneCommandsTest.run("", "report", merged.toString(), "--into",
                tmp.resolve("report").toString());

        assertEquals(ExitCode.OK, run.exit(), run.out() + run.err());
        String index = Files.readString(tmp.resolve("report/index.html"), StandardCharsets.UTF_8);
        String suites = embedded(index, "data/suites.json");
        assertTrue(suites.contains("pushesTextOnRigA") && suites.contains("pushesTextOnRigB"), suites);
        assertTrue(embedded(index, "history/history.json").contains("only-a"));
    }

    private static String embedded(String index, String name) {
        Matcher m = Pattern.compile("d\\('" + Pattern.quote(name) + "','([A-Za-z0-9+/=]*)'\\)").matcher(index);
        assertTrue(m.find(), name + " not embedded in the report");
        return new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8);
    }

    private Path results(String rig, String test) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(rig));
        long now = System.currentTimeMillis();
        new FileSystemResultsWriter(dir).write(new TestResult().setUuid(UUID.randomUUID().toString())
                .setHistoryId(test).setName(test).setFullName("lab.PushTest." + test).setStatus(Status.PASSED)
                .setStart(now).setStop(now + 10));
        Files.writeString(dir.resolve("environment.properties"), "rig=" + rig + "\njava=17\n");
        return dir;
    }

    private static void history(Path results, String shared, long sharedStop, String status, String own, long ownStop)
            throws Exception {
        Path dir = Files.createDirectories(results.resolve("history"));
        Files.writeString(dir.resolve("history.json"), """
                {"%s": {"statistic": {"total": 1}, "items": [{"uid": "u1", "status": "%s",
                   "time": {"start": %d, "stop": %d, "duration": 10}}]},
                 "%s": {"statistic": {"total": 1}, "items": [{"uid": "u2", "status": "passed",
                   "time": {"start": %d, "stop": %d, "duration": 10}}]}}
                """.formatted(shared, status, sharedStop - 10, sharedStop, own, ownStop - 10, ownStop));
        Files.writeString(dir.resolve("history-trend.json"), "[{\"buildOrder\": " + sharedStop + ", \"data\": {}}]");
    }

    private static String only(Path dir, String suffix) throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(suffix)).findFirst()
                    .orElseThrow();
        }
    }
}
