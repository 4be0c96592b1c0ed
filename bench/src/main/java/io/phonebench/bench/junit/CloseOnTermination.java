package io.phonebench.bench.junit;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends a run cleanly when the JVM is terminated (SIGTERM, Ctrl-C): no new test starts, the test in flight gets a
 * bounded time to finish its step and have its result written, then the resource (the rig session) is closed, which
 * puts every relay in the rig's safe state and stops virtual phones and ptys. The resource must tolerate a second
 * close: after a normal run the hook finds it already closed.
 */
public final class CloseOnTermination {
    /** How long a terminated run waits for the test in flight; CI kills with SIGKILL some seconds after SIGTERM. */
    public static final Duration GRACE = Duration.ofSeconds(8);
    private static final Logger LOG = LoggerFactory.getLogger(CloseOnTermination.class);
    private static final Object LOCK = new Object();
    private static boolean terminating;
    private static int inFlight;

    private CloseOnTermination() {
    }

    public static <T extends AutoCloseable> T register(String what, T resource) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            awaitTestsInFlight();
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("closing {} at shutdown failed", what, e);
            }
        }, "close-on-termination-" + what));
        return resource;
    }

    /** Whether the JVM is shutting down: tests not yet started are skipped. */
    public static boolean terminating() {
        synchronized (LOCK) {
            return terminating;
        }
    }

    public static void testStarted() {
        synchronized (LOCK) {
            inFlight++;
        }
    }

    public static void testEnded() {
        synchronized (LOCK) {
            inFlight = Math.max(0, inFlight - 1);
            LOCK.notifyAll();
        }
    }

    private static void awaitTestsInFlight() {
        long deadline = System.nanoTime() + GRACE.toNanos();
        synchronized (LOCK) {
            terminating = true;
            try {
                for (long left = GRACE.toNanos(); inFlight > 0 && left > 0; left = deadline - System.nanoTime()) {
                    LOCK.wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (inFlight > 0) {
                LOG.warn("terminated: {} test(s) still running after {} s, closing the rig session under them",
                        inFlight, GRACE.toSeconds());
            }
        }
    }
}
