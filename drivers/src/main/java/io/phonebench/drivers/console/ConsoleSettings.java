package io.phonebench.drivers.console;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a console is watched: patterns that fail any {@code expect} at once, how many lines are kept in memory, an
 * optional file that gets every byte, and the longest pause between reconnect attempts.
 */
public record ConsoleSettings(List<Pattern> mustNotSee, int keepLines, Optional<Path> logFile,
                              Duration maxReconnectPause) {
    public static final List<Pattern> KERNEL_TROUBLE =
            List.of(Pattern.compile("Kernel panic"), Pattern.compile("\\bOops\\b"));

    public ConsoleSettings {
        mustNotSee = List.copyOf(mustNotSee);
        Objects.requireNonNull(logFile, "logFile");
        Objects.requireNonNull(maxReconnectPause, "maxReconnectPause");
        if (keepLines < 1) {
            throw new IllegalArgumentException("console keepLines: expected 1 or more, saw " + keepLines);
        }
        if (maxReconnectPause.isNegative() || maxReconnectPause.isZero()) {
            throw new IllegalArgumentException("console reconnect pause: expected more than 0, saw "
                    + maxReconnectPause);
        }
    }

    /** Kernel panics and oopses fail fast; 10 000 lines in memory; no file; reconnect at least every second. */
    public static ConsoleSettings defaults() {
        return new ConsoleSettings(KERNEL_TROUBLE, 10_000, Optional.empty(), Duration.ofSeconds(1));
    }

    public ConsoleSettings withMustNotSee(List<Pattern> patterns) {
        return new ConsoleSettings(patterns, keepLines, logFile, maxReconnectPause);
    }

    public ConsoleSettings withLogFile(Path file) {
        return new ConsoleSettings(mustNotSee, keepLines, Optional.of(file), maxReconnectPause);
    }
}
