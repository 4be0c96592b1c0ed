package io.phonebench.bench.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A comparator's judgement: the outcome, one line saying what was expected and what was seen, and the evidence.
 *
 * @param outcome  PASSED, FAILED or BROKEN
 * @param summary  e.g. "screen of desk-7970 differs in 312 pixels inside (10,20 40x12)"
 * @param evidence attachments for the report
 */
public record Verdict(Outcome outcome, String summary, List<Evidence> evidence) {
    /**
     * The words that mark a BROKEN verdict the bench host's load made impossible: the measurement was too noisy to
     * judge, so it says nothing about the phone. Reports and end-to-end tests look for them.
     */
    public static final String INCONCLUSIVE = "inconclusive on a busy bench host";
    /**
     * The reason of a SKIPPED result whose test never started because the bench was stopped (SIGTERM, Ctrl-C): unlike
     * a test the phone's model makes not applicable, it says nothing of the phone; the run's summary counts them.
     */
    public static final String NOT_RUN_TERMINATED = "not run: the bench was stopped (SIGTERM or Ctrl-C) before it";
    public Verdict {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == Outcome.SKIPPED) {
            throw new IllegalArgumentException("a verdict judges: PASSED, FAILED or BROKEN, not SKIPPED");
        }
        Objects.requireNonNull(summary, "summary");
        evidence = List.copyOf(evidence);
    }

    public static Verdict passed(String summary, Evidence... evidence) {
        return new Verdict(Outcome.PASSED, summary, List.of(evidence));
    }

    public static Verdict failed(String summary, Evidence... evidence) {
        return new Verdict(Outcome.FAILED, summary, List.of(evidence));
    }

    public static Verdict broken(String summary, Evidence... evidence) {
        return new Verdict(Outcome.BROKEN, summary, List.of(evidence));
    }

    /**
     * The verdict an exception stands for, by {@link Outcome#of}: FAILED for the phone's fault, else BROKEN (an
     * aborted check judged nothing either).
     */
    public static Verdict of(Throwable error, Evidence... evidence) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        Outcome outcome = Outcome.of(error);
        return new Verdict(outcome == Outcome.SKIPPED ? Outcome.BROKEN : outcome, message, List.of(evidence));
    }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }

    /** Both judgements together: the worse outcome, the summaries of all that did not pass, all evidence. */
    public Verdict and(Verdict other) {
        List<Evidence> all = new ArrayList<>(evidence);
        all.addAll(other.evidence);
        String joined;
        if (passed() == other.passed()) {
            joined = summary + "; " + other.summary;
        } else {
            joined = passed() ? other.summary : summary;
        }
        return new Verdict(outcome.worst(other.outcome), joined, all);
    }

    /** Adds evidence (e.g. a console tail) to this judgement. */
    public Verdict with(Evidence more) {
        List<Evidence> all = new ArrayList<>(evidence);
        all.add(more);
        return new Verdict(outcome, summary, all);
    }

    /**
     * Ends the test the way the outcome says: nothing when PASSED, {@link VerdictFailedError} (an AssertionError)
     * when FAILED, {@link VerdictBrokenException} when BROKEN. Both carry this verdict for the report.
     */
    public void orThrow() {
        switch (outcome) {
            case PASSED -> {
            }
            case FAILED -> throw new VerdictFailedError(this);
            case BROKEN -> throw new VerdictBrokenException(this);
        }
    }
}
