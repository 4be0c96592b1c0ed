package io.phonebench.emulator.virtual;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The phone's serial console output: lines go to every listener and into a bounded tail for reports. */
final class ConsoleFeed {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleFeed.class);
    private static final int TAIL_LINES = 200;

    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final Deque<String> tail = new ArrayDeque<>();

    void listen(Consumer<String> listener) {
        listeners.add(listener);
    }

    void emit(String line) {
        synchronized (tail) {
            if (tail.size() == TAIL_LINES) {
                tail.removeFirst();
            }
            tail.addLast(line);
        }
        for (Consumer<String> l : listeners) {
            try {
                l.accept(line);
            } catch (RuntimeException e) {
                // one broken listener must not silence the console for the others
                LOG.warn("console listener failed on line '{}': {}", line, e.toString());
            }
        }
    }

    List<String> tail() {
        synchronized (tail) {
            return List.copyOf(tail);
        }
    }

    String lastLine() {
        synchronized (tail) {
            return tail.isEmpty() ? "(nothing yet)" : tail.getLast();
        }
    }
}
