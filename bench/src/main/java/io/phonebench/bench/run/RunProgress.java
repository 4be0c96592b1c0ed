package io.phonebench.bench.run;

import io.phonebench.bench.verdict.Outcome;
import java.io.PrintStream;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The live progress of a run, one line per finished test ({@code [done/total] OUTCOME test phone time}), and the
 * results for the summary. Lines rather than a rewritten status line, because nightly runs are read from CI logs.
 */
final class RunProgress implements TestExecutionListener {
    /** Invocation names carry the phone first: {@code desk-7970 (CP-7970G)}. */
    private static final Pattern PHONE = Pattern.compile("^\\[?(?:\\d+\\]\\s*)?([\\w.-]+) \\(");

    private final PrintStream out;
    private final RunSummary summary;
    private final int phonesPerTest;
    private final AtomicInteger done = new AtomicInteger();
    private final ConcurrentHashMap<TestIdentifier, Long> started = new ConcurrentHashMap<>();
    private volatile int total;

    RunProgress(PrintStream out, RunSummary summary, int phonesPerTest) {
        this.out = out;
        this.summary = summary;
        this.phonesPerTest = Math.max(1, phonesPerTest);
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        // Parameterised tests expand per phone at run time; the rig says how many phones there are.
        long templates = plan.countTestIdentifiers(id -> id.isContainer() && id.getSource()
                .filter(MethodSource.class::isInstance).isPresent());
        long plain = plan.countTestIdentifiers(TestIdentifier::isTest);
        total = (int) (plain + templates * phonesPerTest);
        out.printf("running %d tests%n", total);
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        started.put(id, System.nanoTime());
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
        String test = testName(id);
        String phone = phoneOf(id.getDisplayName());
        summary.add(new RunSummary.Result(test, phone, outcome, message, millis));
        out.printf("[%d/%d] %-7s %s  %s  (%.1f s)%n", done.incrementAndGet(), total, outcome, test, phone,
                millis / 1000.0);
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
