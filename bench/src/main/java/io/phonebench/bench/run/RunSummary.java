package io.phonebench.bench.run;

import io.phonebench.bench.verdict.Outcome;
import io.phonebench.bench.verdict.Verdict;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a suite run produced: one line per finished test, counted per phone. */
public final class RunSummary {
    /** One finished test: its class and method, the phone it ran on (or "-"), how it ended and why. */
    public record Result(String test, String phone, Outcome outcome, String message, long millis) {
        /**
         * BROKEN because the bench host was too busy to measure what the test judges: the run is incomplete, but
         * nothing is known against the phone (see {@link Verdict#INCONCLUSIVE}).
         */
        public boolean inconclusive() {
            return outcome == Outcome.BROKEN && message != null && message.contains(Verdict.INCONCLUSIVE);
        }
    }

    private final List<Result> results = new ArrayList<>();
    private final RecoveryLedger recoveries = new RecoveryLedger();
    private String resultsLost;

    /** Results that did not reach the results directory: the run is BROKEN, whatever the tests did. */
    public synchronized void resultsLost(String line) {
        if (resultsLost == null) {
            resultsLost = line;
        }
    }

    synchronized void add(Result result) {
        results.add(result);
    }

    /** The recoveries and broken phones of the run, as the rig session reported them. */
    public RecoveryLedger recoveries() {
        return recoveries;
    }

    public synchronized List<Result> results() {
        return List.copyOf(results);
    }

    public synchronized long count(Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    /**
     * How the run as a whole ended: BROKEN when infrastructure broke (the results are incomplete), else FAILED on
     * product failures, else PASSED.
     */
    public synchronized Outcome overall() {
        if (count(Outcome.BROKEN) > 0 || resultsLost != null) {
            return Outcome.BROKEN;
        }
        return count(Outcome.FAILED) > 0 ? Outcome.FAILED : Outcome.PASSED;
    }

    /** The table printed at the end of a run: one row per phone. */
    public synchronized void print(PrintStream out) {
        Map<String, Map<Outcome, Integer>> perPhone = new TreeMap<>();
        for (Result r : results) {
            perPhone.computeIfAbsent(r.phone(), p -> new EnumMap<>(Outcome.class)).merge(r.outcome(), 1, Integer::sum);
        }
        String format = "%-20s %7s %7s %7s %8s%n";
        out.printf(format, "phone", "passed", "failed", "broken", "skipped");
        perPhone.forEach((phone, counts) -> out.printf(format, phone,
                counts.getOrDefault(Outcome.PASSED, 0), counts.getOrDefault(Outcome.FAILED, 0),
                counts.getOrDefault(Outcome.BROKEN, 0), counts.getOrDefault(Outcome.SKIPPED, 0)));
        out.printf(format, "total", count(Outcome.PASSED), count(Outcome.FAILED), count(Outcome.BROKEN),
                count(Outcome.SKIPPED));
        long notRun = results.stream().filter(r -> r.outcome() == Outcome.SKIPPED
                && Verdict.NOT_RUN_TERMINATED.equals(r.message())).count();
        if (notRun > 0) {
            out.printf("stopped before the end: %d of the skipped were not run (SIGTERM or Ctrl-C), not"
                    + " inapplicable%n", notRun);
        }
        for (Result r : results) {
            if (r.outcome() == Outcome.FAILED || r.outcome() == Outcome.BROKEN) {
                out.printf("%s %s [%s]: %s%n", r.outcome(), r.test(), r.phone(), r.message());
            }
        }
        if (resultsLost != null) {
            out.println("BROKEN " + resultsLost);
        }
    }
}
