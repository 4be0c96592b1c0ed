package io.phonebench.drivers.console;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.serial.SerialLine;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phone's serial console, on a local device or behind a terminal server ({@link ConsoleAddress}). Everything it prints is captured from {@link #start()} on; {@link #expect} reads on
 * from the end of the previous match, one line at a time (a pattern does not span lines), and fails at once when a
 * must-not-see pattern ({@code Kernel panic}, {@code Oops}) appears first. The console survives its port vanishing
 * and coming back; an expect during the outage keeps waiting within its deadline.
 */
public final class SerialConsole implements PhoneConsole, AutoCloseable {
    private final String name;
    private final ConsoleAddress address;
    private final ConsoleSettings settings;
    private final ConsoleLog log;
    private final ConsoleConnection connection;
    private long cursorSeq;      // guarded by this: expect reads on from here
    private int cursorOffset;

    public SerialConsole(String name, SerialLine line, ConsoleSettings settings) {
        this(name, ConsoleAddress.serial(Objects.requireNonNull(line, "line")), settings);
    }

    public SerialConsole(String name, ConsoleAddress address, ConsoleSettings settings) {
        this.name = Objects.requireNonNull(name, "name");
        this.address = Objects.requireNonNull(address, "address");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.log = new ConsoleLog(settings.keepLines(), settings.logFile());
        this.connection = new ConsoleConnection(name, address, log, settings.maxReconnectPause());
    }

    /**
     * Opens the port or connection and starts capturing; throws {@link BenchInfrastructureException} if the port is
     * missing or the terminal server refuses.
     */
    public void start() {
        connection.start();
    }

    public void stop() {
        connection.stop();
    }

    @Override
    public void close() {
        try {
            stop();
        } finally {
            log.close();
        }
    }

    public boolean isConnected() {
        return connection.isUp();
    }

    @Override
    public ConsoleMatch expect(Pattern pattern, Duration timeout) {
        return expect(pattern, timeout, settings.mustNotSee());
    }

    /** As {@link #expect(Pattern, Duration)}, with this call's own must-not-see patterns. */
    public synchronized ConsoleMatch expect(Pattern pattern, Duration timeout, List<Pattern> mustNotSee) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long atStart = log.version();
        long matchedLine = cursorSeq;
        log.pin(cursorSeq);
        try {
            return awaitMatch(pattern, timeout, mustNotSee, deadline, atStart, matchedLine);
        } finally {
            log.unpin();
        }
    }

    private ConsoleMatch awaitMatch(Pattern pattern, Duration timeout, List<Pattern> mustNotSee, long deadline,
                                    long atStart, long matchedLine) {
        boolean newLines = false;   // lines after the previous match's, printed before or during this wait
        long scanSeq = cursorSeq;   // finished lines before it were read on an earlier wake-up
        while (true) {
            long version = log.version();
            List<ConsoleLog.Line> unread = log.since(scanSeq);
            for (ConsoleLog.Line candidate : unread) {
                int from = candidate.seq() == cursorSeq ? Math.min(cursorOffset, candidate.text().length()) : 0;
                newLines |= candidate.seq() > matchedLine && !candidate.text().isEmpty();
                refuseForbidden(candidate.text(), from, mustNotSee, pattern);
                Matcher matcher = pattern.matcher(candidate.text()).region(from, candidate.text().length());
                if (matcher.find()) {
                    cursorSeq = candidate.seq();
                    cursorOffset = matcher.end();
                    return new ConsoleMatch(candidate.text(), matcher.group(), groups(matcher));
                }
            }
            scanSeq = unread.get(unread.size() - 1).seq();   // read up to the line still being printed
            log.pin(scanSeq);
            if (System.nanoTime() >= deadline) {
                if (!connection.isUp()) {
                    throw new BenchInfrastructureException(timeoutMessage(pattern, timeout)
                            + "; the console is gone: " + connection.outage());
                }
                if (!newLines && log.version() == atStart) {
                    // Not one byte since the last match: the bench cannot see the phone (cable, adapter, port), so
                    // the test cannot judge it either. Output without the pattern is the phone's doing.
                    throw new BenchInfrastructureException(timeoutMessage(pattern, timeout)
                            + "; the console stayed silent the whole time");
                }
                throw new AssertionError(timeoutMessage(pattern, timeout));
            }
            try {
                log.awaitChange(version, deadline);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BenchInfrastructureException(describe() + ": interrupted waiting for /" + pattern + "/", e);
            }
        }
    }

    @Override
    public synchronized void skipToEnd() {
        cursorSeq = log.endSeq();
        cursorOffset = log.unfinishedLength();
    }

    private void refuseForbidden(String text, int from, List<Pattern> mustNotSee, Pattern wanted) {
        for (Pattern forbidden : mustNotSee) {
            if (forbidden.matcher(text).region(from, text.length()).find()) {
                throw new AssertionError(describe() + ": expected /" + wanted + "/ but saw must-not-see /"
                        + forbidden + "/ in line: " + text);
            }
        }
    }

    private String timeoutMessage(Pattern pattern, Duration timeout) {
        return describe() + ": expected /" + pattern + "/ within " + timeout.toMillis() + " ms; last lines:\n  "
                + String.join("\n  ", tail(10));
    }

    private static List<String> groups(Matcher matcher) {
        List<String> groups = new ArrayList<>();
        for (int i = 1; i <= matcher.groupCount(); i++) {
            groups.add(matcher.group(i) == null ? "" : matcher.group(i));
        }
        return groups;
    }

    @Override
    public void send(String text) {
        connection.write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Types {@code text} one character at a time, for bootloaders that drop characters sent too fast. */
    public void send(String text, Duration perCharacterDelay) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                pause(perCharacterDelay);
            }
            connection.write(new byte[] {bytes[i]});
        }
    }

    private void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchInfrastructureException(describe() + ": interrupted while typing", e);
        }
    }

    @Override
    public List<String> tail(int lines) {
        return log.tail(lines);
    }

    @Override
    public String log() {
        return log.text();
    }

    public String describe() {
        return "console " + name + " (" + address + ")";
    }

    @Override
    public String toString() {
        return "SerialConsole[" + describe() + "]";
    }
}
