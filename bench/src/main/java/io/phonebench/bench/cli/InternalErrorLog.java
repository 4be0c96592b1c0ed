package io.phonebench.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Where the stack trace of a bench bug goes: {@code phonebench-internal-error-*.log} in the system temp directory
 * ({@code java.io.tmpdir}), so the console shows one line and the report to the developers has the whole trace.
 */
final class InternalErrorLog {
    private InternalErrorLog() {
    }

    static Path write(Throwable e) throws IOException {
        StringWriter trace = new StringWriter();
        try (PrintWriter w = new PrintWriter(trace)) {
            w.println("phonebench internal error at " + Instant.now() + ", pid " + ProcessHandle.current().pid());
            e.printStackTrace(w);
        }
        Path log = Files.createTempFile("phonebench-internal-error-", ".log");
        return Files.writeString(log, trace.toString(), StandardCharsets.UTF_8);
    }
}
