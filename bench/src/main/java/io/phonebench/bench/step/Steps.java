package io.phonebench.bench.step;

import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Outcome;
import io.phonebench.drivers.BenchInfrastructureException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Named, timed, nested steps: {@code Steps.run("power cycle", Map.of("phone", name), () -> power.cycle())}. Each
 * step is handed to every registered {@link StepListener}; nesting follows the calling thread, so phones driven in
 * parallel keep separate step trees. Knows nothing of Allure.
 */
public final class Steps {
    private static final Logger LOG = LoggerFactory.getLogger(Steps.class);
    private static final List<StepListener> LISTENERS = new CopyOnWriteArrayList<>();
    private static final ThreadLocal<Deque<StepStarted>> OPEN = ThreadLocal.withInitial(ArrayDeque::new);
    private static final Clock CLOCK = Clock.systemUTC();

    private Steps() {
    }

    /** What a step does; may throw anything. Checked exceptions leave the step as BROKEN. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    /** A step that produces a value. */
    @FunctionalInterface
    public interface Call<T> {
        T call() throws Exception;
    }

    /** Registers a listener until the returned handle is closed. */
    public static Registration addListener(StepListener listener) {
        LISTENERS.add(listener);
        return () -> LISTENERS.remove(listener);
    }

    /** A listener's registration; closing it removes the listener. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    public static void run(String name, Action action) {
        run(name, Map.of(), action);
    }

    /**
     * Runs {@code action} as a step. Errors and runtime exceptions propagate unchanged; a checked exception is
     * rethrown as a {@link BenchInfrastructureException} naming the step.
     */
    public static void run(String name, Map<String, ?> parameters, Action action) {
        call(name, parameters, () -> {
            action.run();
            return null;
        });
    }

    public static <T> T call(String name, Map<String, ?> parameters, Call<T> action) {
        Deque<StepStarted> open = OPEN.get();
        StepStarted step = new StepStarted(UUID.randomUUID().toString(),
                Optional.ofNullable(open.peek()).map(StepStarted::id), name, text(parameters), open.size(),
                CLOCK.instant());
        long start = System.nanoTime();
        open.push(step);
        notifyListeners(l -> l.started(step));
        Throwable thrown = null;
        try {
            return action.call();
        } catch (RuntimeException | Error e) {
            thrown = e;
            throw e;
        } catch (Exception e) {
            thrown = new BenchInfrastructureException("step '" + name + "' failed: " + e, e);
            throw (BenchInfrastructureException) thrown;
        } finally {
            open.pop();
            Outcome outcome = thrown == null ? Outcome.PASSED : Outcome.of(thrown);
            StepFinished finished = new StepFinished(step, outcome, Duration.ofNanos(System.nanoTime() - start),
                    Optional.ofNullable(thrown));
            notifyListeners(l -> l.finished(finished));
        }
    }

    /** Attaches evidence to the step running on this thread (or to the test, outside any step). */
    public static void attach(Evidence evidence) {
        Optional<StepStarted> current = Optional.ofNullable(OPEN.get().peek());
        notifyListeners(l -> l.attached(current, evidence));
    }

    /** The step running on this thread, if any. */
    public static Optional<StepStarted> current() {
        return Optional.ofNullable(OPEN.get().peek());
    }

    private static Map<String, String> text(Map<String, ?> parameters) {
        Map<String, String> text = new LinkedHashMap<>();
        parameters.forEach((k, v) -> text.put(k, secret(k) ? "****" : String.valueOf(v)));
        return text;
    }

    /** Parameters named like secrets are masked: passwords never reach a report. */
    private static boolean secret(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("password") || k.contains("secret") || k.contains("community") || k.contains("token");
    }

    private static void notifyListeners(java.util.function.Consumer<StepListener> event) {
        for (StepListener listener : LISTENERS) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("step listener {} failed; the step itself is unaffected", listener, e);
            }
        }
    }
}
