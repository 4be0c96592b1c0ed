package io.phonebench.bench.fault;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a resource when the JVM is terminated (SIGTERM, Ctrl-C) before the run closed it, so a stopped run still
 * puts every relay in the rig's safe state and stops its virtual phones and ptys. The resource must tolerate a
 * second close: after a normal run the hook finds it already closed.
 */
public final class CloseOnTermination {
    private static final Logger LOG = LoggerFactory.getLogger(CloseOnTermination.class);

    private CloseOnTermination() {
    }

    public static <T extends AutoCloseable> T register(String what, T resource) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("closing {} at shutdown failed: {}", what, e.getMessage());
            }
        }, "close-on-termination-" + what));
        return resource;
    }
}
