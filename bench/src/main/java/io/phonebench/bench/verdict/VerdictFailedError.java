package io.phonebench.bench.verdict;

/** A FAILED verdict thrown on the test thread; JUnit and Allure see an AssertionError (product failure). */
public final class VerdictFailedError extends AssertionError {
    private final transient Verdict verdict;

    public VerdictFailedError(Verdict verdict) {
        super(verdict.summary());
        this.verdict = verdict;
    }

    public Verdict verdict() {
        return verdict;
    }
}
