package io.phonebench.drivers.console;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/** What a phone's console can do for a test: wait for output, type, and show what it printed. */
public interface PhoneConsole {

    /**
     * Waits for {@code pattern} in the output after the previous match, failing at once if a must-not-see pattern
     * shows up first. The line still being printed is searched as it arrives, so a prompt without a newline matches;
     * a pattern with an open end ({@code \\S+}) can therefore match part of a line: end it at known text.
     */
    ConsoleMatch expect(Pattern pattern, Duration timeout);

    void send(String text);

    /** The last {@code lines} lines, the unfinished one last. */
    List<String> tail(int lines);

    /** Everything captured, for a report attachment. */
    String log();

    /** Forgets the output so far: the next expect only sees what is printed from now on. */
    void skipToEnd();
}
