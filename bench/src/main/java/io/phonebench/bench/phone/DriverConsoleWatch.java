package io.phonebench.bench.phone;

import io.phonebench.drivers.console.ConsoleMatch;
import io.phonebench.drivers.console.PhoneConsole;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/** {@link ConsoleWatch} over the console driver the rig attached. */
final class DriverConsoleWatch implements ConsoleWatch {
    private final PhoneConsole console;

    DriverConsoleWatch(PhoneConsole console) {
        this.console = console;
    }

    @Override
    public ConsoleLine expect(Pattern pattern, Duration timeout) {
        ConsoleMatch match = console.expect(pattern, timeout);
        return new ConsoleLine(match.line(), match.matched(), match.groups());
    }

    @Override
    public void send(String text) {
        console.send(text);
    }

    @Override
    public List<String> tail(int lines) {
        return console.tail(lines);
    }

    @Override
    public void skipSeen() {
        console.skipToEnd();
    }
}
