package io.phonebench.emulator.host;

import java.io.IOException;
import java.net.BindException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Binds a virtual phone's own port, which clean-clone builds now and then found still taken for a moment right after
 * the phone let it go (its HTTP port at a boot after a power cut, its RTP port at the RTPRx after a Stop; cause not
 * found). A port taken for longer than the patience is the host's fault, reported as before.
 */
public final class PortBinding {
    private static final Duration STEP = Duration.ofMillis(20);

    private PortBinding() {
    }

    /** One attempt at the bind. */
    @FunctionalInterface
    public interface Attempt<T> {
        T bind() throws IOException;
    }

    /**
     * Runs {@code attempt} until it succeeds, fails otherwise than with a taken port, or the port has stayed taken for
     * {@code patience}, and then throws that last failure.
     *
     * @param firstTaken told of the first "address in use", e.g. to say later what held the port
     */
    public static <T> T within(Duration patience, Attempt<T> attempt, Consumer<IOException> firstTaken)
            throws IOException {
        long start = System.nanoTime();
        boolean first = true;
        while (true) {
            try {
                return attempt.bind();
            } catch (IOException e) {
                if (!taken(e)) {
                    throw e;
                }
                if (first) {
                    firstTaken.accept(e);
                    first = false;
                }
                if (System.nanoTime() - start >= patience.toNanos()) {
                    throw e;
                }
                try {
                    Thread.sleep(STEP.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** A bind refused because the address is in use, however deep the server wrapped it. */
    static boolean taken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }
}
