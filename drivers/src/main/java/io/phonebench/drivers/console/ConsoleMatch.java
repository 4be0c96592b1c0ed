package io.phonebench.drivers.console;

import java.util.List;

/** What {@code expect} found: the whole line, the matched text and its groups. */
public record ConsoleMatch(String line, String matched, List<String> groups) {
    public ConsoleMatch {
        groups = List.copyOf(groups);
    }
}
