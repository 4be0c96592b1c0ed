package io.phonebench.bench.run;

import org.junit.platform.engine.TestExecutionResult;

/** How one test ended, in the bench's terms: a product failure is not an infrastructure fault. */
public enum Outcome {
    PASSED, FAILED, BROKEN, SKIPPED;

    static Outcome of(TestExecutionResult result) {
        return switch (result.getStatus()) {
            case SUCCESSFUL -> PASSED;
            case ABORTED -> SKIPPED;
            case FAILED -> result.getThrowable().filter(t -> t instanceof AssertionError).isPresent() ? FAILED : BROKEN;
        };
    }
}
