package io.phonebench.bench.verdict;

import io.phonebench.drivers.BenchInfrastructureException;

/** A BROKEN verdict thrown on the test thread: infrastructure, reported broken, CLI exit 2. */
public final class VerdictBrokenException extends BenchInfrastructureException {
    private final transient Verdict verdict;

    public VerdictBrokenException(Verdict verdict) {
        super(verdict.summary());
        this.verdict = verdict;
    }

    public Verdict verdict() {
        return verdict;
    }
}
