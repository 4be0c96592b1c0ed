package io.phonebench.drivers.power;

import java.time.Duration;
import java.util.Objects;

/**
 * How a relay board driver talks: how long it waits for an answer, how often it tries a command before it calls
 * the board silent, and how long it waits between tries.
 */
public record CommandPolicy(Duration answerTimeout, int attempts, Duration retryPause) {
    public static final CommandPolicy DEFAULT =
            new CommandPolicy(Duration.ofMillis(500), 3, Duration.ofMillis(200));

    public CommandPolicy {
        Objects.requireNonNull(answerTimeout, "answerTimeout");
        Objects.requireNonNull(retryPause, "retryPause");
        if (answerTimeout.isZero() || answerTimeout.isNegative()) {
            throw new IllegalArgumentException("answer timeout: expected more than 0, saw " + answerTimeout);
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("command attempts: expected at least 1, saw " + attempts);
        }
        if (retryPause.isNegative()) {
            throw new IllegalArgumentException("retry pause: expected zero or more, saw " + retryPause);
        }
    }

    /** The longest one command can take, all tries included; bounds the wait for the board's lock too. */
    Duration worstCase() {
        return answerTimeout.plus(retryPause).multipliedBy(attempts).plusSeconds(1);
    }
}
