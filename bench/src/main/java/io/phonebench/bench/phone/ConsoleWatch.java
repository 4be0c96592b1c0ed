package io.phonebench.bench.phone;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/** The phone's serial console as a test reads it: wait for a line, type, read the tail, skip what was seen. */
public interface ConsoleWatch {
    /** The first line from the read position on matching {@code pattern}, within {@code timeout}. */
    ConsoleLine expect(Pattern pattern, Duration timeout);

    void send(String text);

    /** The last {@code lines} lines, for evidence. */
    List<String> tail(int lines);

    /** Moves the read position past everything received so far: the next expect sees only later lines. */
    void skipSeen();

    /** What {@link #expect} found: the whole line, the matched text and its groups. */
    record ConsoleLine(String line, String matched, List<String> groups) {
        public ConsoleLine {
            groups = List.copyOf(groups);
        }
    }
}
