package io.phonebench.bench.expect;

import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.drivers.host.SchedulingNoise;
import io.phonebench.protocol.exchange.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When the phone made its requests against when its reference model made them: the gap between consecutive
 * requests (a Refresh delay, say) must match within a tolerance. Absolute times differ by the push round trip, gaps
 * do not. Judge the trace itself with {@link RequestTargetsExpectation} first; this judges only the timing.
 *
 * <p>The bench host's scheduling noise over the same interval widens the tolerance: each gap is two timestamps on each
 * side, and on a virtual rig the phone's timer and its reference model's run on this host, so each side of a gap can
 * be off by the worst wake-up delay. A host so busy that its delays exceed the tolerance itself cannot judge timing:
 * the verdict is BROKEN, never FAILED.
 */
public final class RequestTimingExpectation {

    private RequestTimingExpectation() {
    }

    public static Verdict judge(Phone phone, Instant since, Duration tolerance) {
        return judge(phone, since, tolerance, phone.hostNoiseSince(since));
    }

    static Verdict judge(Phone phone, Instant since, Duration tolerance, SchedulingNoise noise) {
        List<Instant> expected = phone.expected().requests().stream().map(RecordedRequest::receivedAt)
                .filter(at -> !at.isBefore(since)).toList();
        List<Instant> actual = phone.requests().stream().map(RecordedRequest::receivedAt)
                .filter(at -> !at.isBefore(since)).toList();
        List<Duration> expectedGaps = gaps(expected);
        List<Duration> actualGaps = gaps(actual);
        Duration allowed = tolerance.plus(noise.worst().multipliedBy(2));
        Evidence evidence = Evidence.text("request gaps (" + phone.name() + ")",
                "expected: " + expectedGaps + "\nactual:   " + actualGaps + "\ntolerance: " + millis(tolerance)
                        + " + 2 x bench host scheduling noise (" + noise.describe() + ") = " + millis(allowed));
        List<String> differences = new ArrayList<>();
        if (expectedGaps.size() != actualGaps.size()) {
            differences.add("expected " + expected.size() + " request(s), the phone made " + actual.size());
        }
        for (int i = 0; i < Math.min(expectedGaps.size(), actualGaps.size()); i++) {
            Duration off = expectedGaps.get(i).minus(actualGaps.get(i)).abs();
            if (off.compareTo(allowed) > 0) {
                differences.add("request " + (i + 2) + " came " + millis(actualGaps.get(i)) + " after request "
                        + (i + 1) + ", expected " + millis(expectedGaps.get(i)) + " ± " + millis(allowed));
            }
        }
        if (noise.worst().compareTo(tolerance) > 0 && expectedGaps.size() == actualGaps.size()) {
            return Verdict.broken("request timing of " + phone.name() + " not judged, " + Verdict.INCONCLUSIVE + ": "
                    + noise.describe() + " exceeds the " + millis(tolerance) + " tolerance itself", evidence);
        }
        return differences.isEmpty()
                ? Verdict.passed("request timing of " + phone.name() + " matches the reference model within "
                        + millis(tolerance), evidence)
                : Verdict.failed("request timing of " + phone.name() + " differs: " + String.join("; ", differences),
                        evidence);
    }

    private static List<Duration> gaps(List<Instant> times) {
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            gaps.add(Duration.between(times.get(i - 1), times.get(i)));
        }
        return gaps;
    }

    private static String millis(Duration d) {
        return d.toMillis() + " ms";
    }
}
