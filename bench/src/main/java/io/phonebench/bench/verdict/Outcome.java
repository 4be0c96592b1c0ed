package io.phonebench.bench.verdict;

import io.phonebench.drivers.phone.PhoneAnswerException;
import org.opentest4j.TestAbortedException;

/**
 * How a check, a step or a test ended, and the one rule that says so for an exception ({@link #of}).
 * A busy bench host that made a measurement impossible is BROKEN with the {@link Verdict#INCONCLUSIVE} marker,
 * never FAILED.
 */
public enum Outcome {
    /** The phone behaved as its reference model says. */
    PASSED,
    /** The phone deviated from expected behaviour: a product failure, CLI exit 1. */
    FAILED,
    /** The bench could not judge: phone unreachable, relay or console silent, lease lost, a bench bug. CLI exit 2. */
    BROKEN,
    /** Not run: an assumption or capability the phone lacks, or the run was terminated before it. */
    SKIPPED;

    /**
     * The worse of two outcomes: BROKEN wins over FAILED because a phone that could not be reached was not judged
     * at all; a skipped check is worse than a passed one, better than a failed one.
     */
    public Outcome worst(Outcome other) {
        return severity() >= other.severity() ? this : other;
    }

    private int severity() {
        return switch (this) {
            case PASSED -> 0;
            case SKIPPED -> 1;
            case FAILED -> 2;
            case BROKEN -> 3;
        };
    }

    /**
     * What an exception means: FAILED for an assertion error or a phone that answered wrongly
     * ({@link PhoneAnswerException}, the phone's behaviour wherever it arises), SKIPPED for an aborted test,
     * BROKEN for anything else: infrastructure faults and bugs of the bench itself, which never judge the phone.
     */
    public static Outcome of(Throwable error) {
        if (error instanceof AssertionError || error instanceof PhoneAnswerException) {
            return FAILED;
        }
        if (error instanceof TestAbortedException) {
            return SKIPPED;
        }
        return BROKEN;
    }
}
