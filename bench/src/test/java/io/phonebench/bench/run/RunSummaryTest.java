package io.phonebench.bench.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.verdict.Outcome;
import io.phonebench.bench.verdict.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The table at the end of a run, and what it says of tests a stopped bench never started. */
class RunSummaryTest {
    @Test
    void testsAStoppedBenchNeverStartedAreToldApartFromInapplicableOnes() {
        RunSummary summary = new RunSummary();
        summary.add(new RunSummary.Result("PushTextTest.showsPushedText", "desk-7970", Outcome.PASSED, "", 10));
        summary.add(new RunSummary.Result("CookieTest.keepsSessionWhenApplicationCloses", "desk-7970",
                Outcome.SKIPPED, "not applicable: desk-7970 (CP-7970G) clears cookie sessions", 0));
        summary.add(new RunSummary.Result("RefreshTest.refreshes", "desk-7970", Outcome.SKIPPED,
                Verdict.NOT_RUN_TERMINATED, 0));
        summary.add(new RunSummary.Result("ScreenshotTest.idle", "desk-7970", Outcome.SKIPPED,
                Verdict.NOT_RUN_TERMINATED, 0));

        String printed = print(summary);

        assertTrue(printed.contains("desk-7970                  1       0       0        3"), printed);
        assertTrue(printed.contains("stopped before the end: 2 of the skipped were not run (SIGTERM or Ctrl-C), not"
                + " inapplicable"), printed);
    }

    @Test
    void aRunThatWentToItsEndSaysNothingOfStopping() {
        RunSummary summary = new RunSummary();
        summary.add(new RunSummary.Result("CookieTest.keepsSessionWhenApplicationCloses", "desk-7970",
                Outcome.SKIPPED, "not applicable: desk-7970 (CP-7970G) clears cookie sessions", 0));

        assertFalse(print(summary).contains("stopped"), print(summary));
    }

    private static String print(RunSummary summary) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        summary.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
