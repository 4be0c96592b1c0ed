package io.phonebench.bench.rig;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A real FIFO with no writer, and a bounded wait for whatever reads it: opening its read end blocks forever. */
public final class FifoDeadline {
    private static final long DEADLINE_SECONDS = 20;

    private FifoDeadline() {
    }

    public static Path make(Path fifo) throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertTrue(mkfifo.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS) && mkfifo.exitValue() == 0,
                "mkfifo " + fifo);
        return fifo;
    }

    /**
     * Runs {@code read} with a deadline. If it is still blocked in open() then, the write end is opened so the
     * blocked reader sees end-of-file and its thread ends, and the test fails.
     */
    public static <T> T within(Path fifo, Callable<T> read) throws Exception {
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<T> result = reader.submit(read);
            try {
                return result.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                try (OutputStream unblock = Files.newOutputStream(fifo)) {
                    unblock.flush();
                }
                throw new AssertionError("still blocked opening the FIFO " + fifo + " after " + DEADLINE_SECONDS
                        + " s");
            }
        } finally {
            reader.shutdownNow();
        }
    }
}
