package io.phonebench.drivers.console;

import io.phonebench.drivers.BenchInfrastructureException;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a console printed: the last lines in memory, each with a sequence number, plus the unfinished line (a prompt
 * has no line end), and optionally everything in a file. CRs are dropped; LF ends a line. Waiters are woken on
 * every change.
 */
final class ConsoleLog {

    /** One line; {@code finished} is false for the line still being printed. */
    record Line(long seq, String text, boolean finished) {
    }

    /**
     * A console printing without line ends (wrong baud rate, a binary dump) would grow one line without bound: it is
     * broken into lines of this length, so memory stays within keepLines of them.
     */
    static final int MAX_LINE_CHARS = 8192;
    /**
     * Lines an expect has not read yet are kept beyond keepLines, so a flood cannot scroll the awaited line away
     * before it is looked at; this caps that backlog (about 8 MB), so memory stays bounded all the same.
     */
    static final long MAX_BACKLOG_CHARS = 4L * 1024 * 1024;

    private final int keepLines;
    private final ArrayDeque<String> lines = new ArrayDeque<>();
    private final StringBuilder unfinished = new StringBuilder();
    private final Optional<Path> file;
    private Writer writer;
    private long firstSeq;
    private long version;
    private long pinnedSeq = Long.MAX_VALUE;   // first line an expect in progress has not read yet
    private long retainedChars;

    ConsoleLog(int keepLines, Optional<Path> file) {
        this.keepLines = keepLines;
        this.file = file;
        file.ifPresent(this::openFile);
    }

    private void openFile(Path path) {
        try {
            writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new BenchInfrastructureException("console log " + path + ": could not open for writing: "
                    + e.getMessage(), e);
        }
    }

    synchronized void append(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                finishLine();
            } else if (c != '\r') {
                unfinished.append(c);
                if (unfinished.length() >= MAX_LINE_CHARS) {
                    finishLine();
                }
            }
        }
        writeToFile(text);
        version++;
        notifyAll();
    }

    private void finishLine() {
        lines.addLast(unfinished.toString());
        retainedChars += unfinished.length();
        unfinished.setLength(0);
        trim();
    }

    /** Keeps keepLines lines, and beyond that the lines an expect has yet to read, up to the backlog cap. */
    private void trim() {
        while (lines.size() > keepLines && (firstSeq < pinnedSeq || retainedChars > MAX_BACKLOG_CHARS)) {
            retainedChars -= lines.removeFirst().length();
            firstSeq++;
        }
    }

    /** An expect has read everything before {@code seq}: lines from there on stay until it has. */
    synchronized void pin(long seq) {
        pinnedSeq = seq;
        trim();
    }

    synchronized void unpin() {
        pinnedSeq = Long.MAX_VALUE;
        trim();
    }

    private void writeToFile(CharSequence text) {
        if (writer == null) {
            return;
        }
        try {
            writer.append(text);
            writer.flush();
        } catch (IOException e) {
            writer = null;   // keep capturing in memory; the file's problem shows in log()
        }
    }

    /** Lines from {@code seq} on (or the oldest kept), the unfinished one last. */
    synchronized List<Line> since(long seq) {
        List<Line> result = new ArrayList<>();
        long s = firstSeq;
        for (String text : lines) {
            if (s >= seq) {
                result.add(new Line(s, text, true));
            }
            s++;
        }
        result.add(new Line(s, unfinished.toString(), false));
        return result;
    }

    synchronized long endSeq() {
        return firstSeq + lines.size();
    }

    synchronized int unfinishedLength() {
        return unfinished.length();
    }

    synchronized long version() {
        return version;
    }

    /** Waits until the log changes after {@code seenVersion} or the deadline passes. */
    synchronized void awaitChange(long seenVersion, long deadlineNanos) throws InterruptedException {
        while (version == seenVersion) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    synchronized void wakeWaiters() {
        version++;
        notifyAll();
    }

    synchronized List<String> tail(int count) {
        List<String> all = new ArrayList<>(lines);
        if (unfinished.length() > 0) {
            all.add(unfinished.toString());
        }
        return List.copyOf(all.subList(Math.max(0, all.size() - count), all.size()));
    }

    /** Everything: the file when there is one (it is never trimmed), else the lines kept in memory. */
    synchronized String text() {
        if (file.isPresent() && writer != null) {
            try {
                return Files.readString(file.get(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                // fall back to memory
            }
        }
        StringBuilder all = new StringBuilder();
        lines.forEach(line -> all.append(line).append('\n'));
        return all.append(unfinished).toString();
    }

    synchronized void close() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                // nothing left to save
            }
        }
    }
}
