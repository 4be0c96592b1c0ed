package io.phonebench.bench.verdict;

/**
 * How a check or step ended (STYLE §9). Ordered from best to worst so that combining outcomes keeps the worst:
 * BROKEN wins over FAILED because a phone that could not be reached was not judged at all.
 */
public enum Outcome {
    /** The phone behaved as its reference model says. */
    PASSED,
    /** The phone deviated from expected behaviour: a product failure, CLI exit 1. */
    FAILED,
    /** The bench could not judge: phone unreachable, relay or console silent, lease lost. CLI exit 2. */
    BROKEN;

    public Outcome worst(Outcome other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** FAILED for assertion errors (the phone's fault), BROKEN for anything else (the bench's). */
    public static Outcome of(Throwable error) {
        return error instanceof AssertionError ? FAILED : BROKEN;
    }
}
