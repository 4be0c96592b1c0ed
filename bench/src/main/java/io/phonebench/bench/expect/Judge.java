package io.phonebench.bench.expect;

import io.phonebench.bench.step.Steps;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;

/** Hands a verdict's evidence to the report, then fails the test (FAILED or BROKEN) unless it passed. */
public final class Judge {
    private Judge() {
    }

    public static void require(Verdict verdict) {
        for (Evidence evidence : verdict.evidence()) {
            Steps.attach(evidence);
        }
        verdict.orThrow();
    }
}
