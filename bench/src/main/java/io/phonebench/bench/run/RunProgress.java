package io.phonebench.bench.run;

import io.phonebench.bench.verdict.Outcome;
import java.io.PrintStream;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * The live progress of a run, one line per finished test ({@code [done/total] OUTCOME test phone time}), and the
 * results for the summary. Lines rather than a rewritten status line, because nightly runs are read from CI logs.
 */
final class RunProgress implements TestExecutionListener {
    /** Invocation names carry the phone first: {@code desk-7970 (CP-7970G)}. */
    private static final Pattern PHONE = Pattern.compile("^\\[?(?:\\d+\\]\\s*)?([\\w.-]+) \\(");

    private final Tally tally;
    private final String workerPhone;
    private final ConcurrentHashMap<TestIdentifier, Long> started = new ConcurrentHashMap<>();

    /**
     * One phone worker's listener; the count and the summary are the run's, shared by every worker.
     *
     * @param workerPhone the phone the worker drives, named on a class that failed before its tests ran ("-": none)
     */
    RunProgress(Tally tally, String workerPhone) {
        this.tally = tally;
        this.workerPhone = workerPhone;
    }

    /**
     * What the workers of a run share: the output, the summary, the total (counted once, before the workers start)
     * and how many results are in. Each line is printed whole, so phones finishing together never mix their lines.
     */
    record Tally(PrintStream out, RunSummary summary, int total, AtomicInteger done) {
        Tally(PrintStream out, RunSummary summary, int total) {
            this(out, summary, total, new AtomicInteger());
        }

        void record(RunSummary.Result result) {
            summary.add(result);
            synchronized (out) {   // counted and printed together: the numbers go up line by line
                out.println(String.format("[%d/%d] %-7s %s  %s  (%.1f s)", done.incrementAndGet(), total,
                        result.outcome(), result.test(), result.phone(), result.millis() / 1000.0));
            }
        }
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        started.put(id, System.nanoTime());
    }

    @Override
    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        tally.summary().recoveries().read(entry.getKeyValuePairs());
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (id.isTest() || isTemplateInvocation(id)) {
            record(id, Outcome.SKIPPED, reason, 0);
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        Long start = started.remove(id);
        long millis = start == null ? 0 : (System.nanoTime() - start) / 1_000_000;
        if (id.isTest()) {
            record(id, outcome(result), result.getThrowable().map(RunProgress::firstLine).orElse(""), millis);
        } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            // A class or template that failed before its tests ran: count it, or its failure would be lost.
            record(id, outcome(result), result.getThrowable().map(RunProgress::firstLine).orElse(""), millis);
        }
    }

    private void record(TestIdentifier id, Outcome outcome, String message, long millis) {
        String phone = phoneOf(id.getDisplayName());
        tally.record(new RunSummary.Result(testName(id), phone.equals("-") ? workerPhone : phone, outcome, message,
                millis));
    }

    private static boolean isTemplateInvocation(TestIdentifier id) {
        return id.getUniqueIdObject().getLastSegment().getType().contains("invocation");
    }

    private static String testName(TestIdentifier id) {
        return id.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(m -> m.getClassName().substring(m.getClassName().lastIndexOf('.') + 1) + "." + m.getMethodName())
                .orElse(id.getDisplayName());
    }

    static String phoneOf(String displayName) {
        Matcher m = PHONE.matcher(displayName);
        return m.find() ? m.group(1) : "-";
    }

    private static String firstLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** The test's outcome by the bench's one rule ({@link Outcome#of}); an aborted test is skipped. */
    private static Outcome outcome(TestExecutionResult result) {
        return switch (result.getStatus()) {
            case SUCCESSFUL -> Outcome.PASSED;
            case ABORTED -> Outcome.SKIPPED;
            case FAILED -> result.getThrowable().map(Outcome::of).orElse(Outcome.BROKEN);
        };
    }
}
