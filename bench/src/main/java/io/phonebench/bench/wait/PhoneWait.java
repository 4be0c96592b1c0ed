package io.phonebench.bench.wait;

import io.phonebench.drivers.BenchInfrastructureException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waiting as a value: look at something until it satisfies a condition, always with a deadline, and when the deadline
 * passes say what was seen last and how long ago ("last seen: 1 request(s), 0.4 s ago"). Between looks it waits one
 * poll step of at most {@link #MAX_STEP}. It is for what the bench can only look at (a phone's statistics page);
 * where the bench owns the event, it waits on the event instead (requests: RequestJournal's await and settle;
 * console lines: the console log wakes expects on each line; boot: the virtual phone's READY).
 *
 * <pre>{@code
 * PhoneWait.until("the reference model's Refresh fetch", () -> fetchesSince(since), n -> n >= 2)
 *         .withTimeout(Duration.ofSeconds(4)).await();
 * }</pre>
 *
 * @param <T> what one look sees
 */
public final class PhoneWait<T> {
    /** The longest pause between two looks: a finished wait is noticed within this. */
    public static final Duration MAX_STEP = Duration.ofMillis(50);
    private static final Duration DEFAULT_STEP = Duration.ofMillis(10);

    private final String what;
    private final Supplier<T> look;
    private final Predicate<T> done;
    private final Duration timeout;
    private final Duration step;
    private final Function<T, String> describe;
    private final String hint;

    private PhoneWait(String what, Supplier<T> look, Predicate<T> done, Duration timeout, Duration step,
                      Function<T, String> describe, String hint) {
        this.what = what;
        this.look = look;
        this.done = done;
        this.timeout = timeout;
        this.step = step;
        this.describe = describe;
        this.hint = hint;
    }

    /**
     * Waits for {@code look} to see something {@code done} accepts; {@code what} names it for the timeout message
     * ("expected WHAT within 4 s"). The default timeout is 10 s; set the one the caller's budget allows.
     */
    public static <T> PhoneWait<T> until(String what, Supplier<T> look, Predicate<T> done) {
        return new PhoneWait<>(Objects.requireNonNull(what), Objects.requireNonNull(look),
                Objects.requireNonNull(done), Duration.ofSeconds(10), DEFAULT_STEP, String::valueOf, "");
    }

    public PhoneWait<T> withTimeout(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException(what + ": a wait's timeout must not be negative, saw " + timeout);
        }
        return new PhoneWait<>(what, look, done, timeout, step, describe, hint);
    }

    /** Pause between looks; capped at {@link #MAX_STEP}. */
    public PhoneWait<T> pollingEvery(Duration step) {
        if (step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException(what + ": a poll step must be positive, saw " + step);
        }
        Duration capped = step.compareTo(MAX_STEP) > 0 ? MAX_STEP : step;
        return new PhoneWait<>(what, look, done, timeout, capped, describe, hint);
    }

    /** The pause between two looks this wait will take. */
    public Duration pollStep() {
        return step;
    }

    /** How an observation is quoted in the timeout message. */
    public PhoneWait<T> describedAs(Function<T, String> describe) {
        return new PhoneWait<>(what, look, done, timeout, step, Objects.requireNonNull(describe), hint);
    }

    /** A sentence added to the timeout message: what the user can check. */
    public PhoneWait<T> hint(String hint) {
        return new PhoneWait<>(what, look, done, timeout, step, describe, " " + hint);
    }

    /** What the condition was accepted on, or a BenchInfrastructureException quoting the last look. */
    public T await() {
        Result<T> result = awaitResult();
        if (result.satisfied()) {
            return result.last();
        }
        throw new BenchInfrastructureException(result.describe());
    }

    /**
     * The last look, whether or not the condition was met by the deadline: for a caller that judges the
     * observation itself (a trace with a request missing is a product failure, not a broken bench).
     */
    public Result<T> awaitResult() {
        long start = System.nanoTime();
        long end = start + timeout.toNanos();
        int looks = 0;
        while (true) {
            T seen = look.get();
            long seenAt = System.nanoTime();
            looks++;
            if (done.test(seen)) {
                return new Result<>(true, seen, "");
            }
            long left = end - seenAt;
            if (left <= 0) {
                String message = String.format(Locale.ROOT, "expected %s within %s, %d look(s); last seen: %s,"
                                + " %.1f s ago%s", what, seconds(timeout), looks, describe.apply(seen),
                        (System.nanoTime() - seenAt) / 1e9, hint);
                return new Result<>(false, seen, message);
            }
            try {
                long pause = Math.min(left, step.toNanos());
                Thread.sleep(pause / 1_000_000, (int) (pause % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BenchInfrastructureException("interrupted while waiting for " + what, e);
            }
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** Whether the condition held by the deadline, the last observation, and (if not) the timeout message. */
    public record Result<T>(boolean satisfied, T last, String describe) {
        public Optional<T> satisfiedWith() {
            return satisfied ? Optional.of(last) : Optional.empty();
        }
    }
}
