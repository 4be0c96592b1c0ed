package io.phonebench.bench.step;

import io.phonebench.bench.verdict.Evidence;
import java.util.Optional;

/**
 * Receives step events: the Allure report is one listener, the console progress line another. Called on
 * the thread running the step; an exception thrown here is logged and does not change the step's outcome.
 */
public interface StepListener {
    default void started(StepStarted step) {
    }

    default void finished(StepFinished step) {
    }

    /** Evidence attached while {@code step} runs, or outside any step when empty. */
    default void attached(Optional<StepStarted> step, Evidence evidence) {
    }
}
