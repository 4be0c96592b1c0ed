package io.phonebench.bench.step;

import io.phonebench.bench.verdict.Outcome;
import java.time.Duration;
import java.util.Optional;

/**
 * A step that has ended.
 *
 * @param step     the step as it started
 * @param outcome  PASSED, FAILED (an AssertionError) or BROKEN (anything else thrown)
 * @param duration how long it ran
 * @param error    what it threw, if anything
 */
public record StepFinished(StepStarted step, Outcome outcome, Duration duration, Optional<Throwable> error) {
}
