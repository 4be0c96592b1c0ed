package io.phonebench.bench.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The per-run log file: everything the run prints (progress, notices, the bench's log lines, which slf4j-simple
 * writes to the current {@code System.err}) also goes to one file, attached to the report when the run ends.
 */
final class RunLog implements AutoCloseable {
    private final Path file;
    private final OutputStream sink;
    private final PrintStream savedOut;
    private final PrintStream savedErr;

    private RunLog(Path file, OutputStream sink) {
        this.file = file;
        this.sink = sink;
        this.savedOut = System.out;
        this.savedErr = System.err;
        System.setOut(new PrintStream(new Tee(savedOut, sink), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(savedErr, sink), true, StandardCharsets.UTF_8));
    }

    static RunLog start(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return new RunLog(file, new FileOutputStream(file.toFile()));
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        System.out.flush();
        System.err.flush();
        System.setOut(savedOut);
        System.setErr(savedErr);
        try {
            synchronized (sink) {
                sink.close();
            }
        } catch (IOException e) {
            savedErr.println("phonebench: the run log " + file + " may be incomplete: " + e.getMessage());
        }
    }

    /** Writes to the console and to the log file; the file is shared by stdout and stderr, hence the lock. */
    private static final class Tee extends OutputStream {
        private final OutputStream console;
        private final OutputStream file;

        Tee(OutputStream console, OutputStream file) {
            this.console = console;
            this.file = file;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            console.write(b, off, len);
            synchronized (file) {
                file.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            console.flush();
            synchronized (file) {
                file.flush();
            }
        }
    }
}
