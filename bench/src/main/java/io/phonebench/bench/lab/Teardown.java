package io.phonebench.bench.lab;

import io.phonebench.drivers.BenchInfrastructureException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Things started, closed in reverse order of start; one that fails to close does not keep the rest open. */
final class Teardown implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Teardown.class);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    synchronized <T extends AutoCloseable> T add(T resource) {
        started.push(resource);
        return resource;
    }

    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            AutoCloseable resource = started.pop();
            try {
                resource.close();
            } catch (BenchInfrastructureException e) {
                // a fault of the lab's hardware, already named in full by its message: no stack trace for it
                LOG.warn("closing {} failed: {}", resource, e.getMessage());
            } catch (Exception e) {
                LOG.warn("closing {} failed", resource, e);
            }
        }
    }
}
