package io.phonebench.bench.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.cli.ExitCode;
import io.phonebench.bench.run.LostResults;
import io.phonebench.bench.verdict.Outcome;
import io.phonebench.bench.run.RunSummary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test the progress line reports as finished has its Allure result on disk at that moment, and results that cannot
 * be written end the run BROKEN with one line.
 */
class ResultsOnDiskTest {
    private static final Pattern FINISHED = Pattern.compile("\\[\\d+/\\d+\\] (\\w+)\\s+(\\S+)\\s+(\\S+)\\s+\\(.*");

    @Test
    void eachTestHasItsResultOnDiskWhenItsProgressLineIsPrinted(@TempDir Path dir) throws Exception {
        Path results = dir.resolve("results");
        List<String> missing = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        FaultRun run = FaultRun.of(dir, "ServerErrorScenario", "faithful", 28, results, text -> {
            // Looked at the instant the line is printed, as a SIGKILL right after it would leave the directory.
            pending.append(text);
            for (int nl = pending.indexOf("\n"); nl >= 0; nl = pending.indexOf("\n")) {
                Matcher m = FINISHED.matcher(pending.substring(0, nl));
                pending.delete(0, nl + 1);
                if (m.matches()) {
                    RunSummary.Result finished = new RunSummary.Result(m.group(2), m.group(3),
                            Outcome.valueOf(m.group(1)), "", 0);
                    seen.add(finished.test() + " " + finished.phone());
                    if (!LostResults.in(List.of(finished), results).isEmpty()) {
                        missing.add(finished.test() + " on " + finished.phone());
                    }
                }
            }
        });

        assertEquals(4, seen.size(), run.output());
        assertEquals(List.of(), missing, "reported finished without an Allure result on disk:\n" + run.output());
        try (var files = Files.list(results)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void resultsThatCannotBeWrittenMakeTheRunBrokenWithOneLine(@TempDir Path dir) throws Exception {
        // A full disk, as far as the run can tell: every write of a result fails. (Root ignores permissions, so a
        // regular file stands where the results directory's parent should be.)
        Path inTheWay = Files.writeString(dir.resolve("in-the-way"), "a file, not a directory");
        Path results = inTheWay.resolve("results");

        FaultRun run = FaultRun.of(dir, "ServerErrorScenario", "faithful", 29, results, text -> { });
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        run.summary().print(new PrintStream(table, true, StandardCharsets.UTF_8));
        String printed = run.output() + table.toString(StandardCharsets.UTF_8);

        assertEquals(ExitCode.BROKEN, ExitCode.of(run.summary()), printed);
        List<String> lost = printed.lines().filter(l -> l.contains("allure results lost")).toList();
        assertEquals(1, lost.size(), printed);
        assertTrue(lost.get(0).contains(results.toString()), lost.get(0));
        assertFalse(printed.contains("\tat "), "no stack trace: " + printed);
    }
}
