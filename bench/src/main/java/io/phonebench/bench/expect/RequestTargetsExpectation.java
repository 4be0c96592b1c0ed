package io.phonebench.bench.expect;

import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.protocol.exchange.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the phone went, against its reference model: the same targets in the same order, plus the headers a test
 * judges. {@link #judgeWithSdkHeaders} judges every header the SDK defines on every request (the header tests);
 * {@link #judge} only the ones a behaviour is about (Cookie for sessions; none for navigation), so a wrong
 * Accept-Charset fails the header tests and not the tests about Refresh or history. Headers are compared by meaning,
 * within the {@link HeaderLatitude}s the SDK leaves.
 */
public final class RequestTargetsExpectation {
    /** Every header the SDK defines for a phone's GET. */
    public static final List<String> SDK_HEADERS = List.of("x-CiscoIPPhoneModelName", "x-CiscoIPPhoneDisplay",
            "x-CiscoIPPhoneSDKVersion", "Accept", "Accept-Charset", "Accept-Language", "Cookie");
    /**
     * Quiet time after the expected count, so a request the reference model would not make (a second fetch, a stray
     * Refresh) is seen and judged rather than missed; a phone's follow-up fetch comes within milliseconds.
     */
    static final Duration QUIET = Duration.ofMillis(250);

    private RequestTargetsExpectation() {
    }

    /** {@link #judge} with every {@link #SDK_HEADERS SDK header} on every request. */
    public static Verdict judgeWithSdkHeaders(Phone phone, Instant since, Duration wait) {
        return judge(phone, since, wait, SDK_HEADERS.toArray(String[]::new));
    }

    /**
     * Waits (bounded by {@code wait}, woken by each request) until the phone has made as many requests since
     * {@code since} as its reference model and then gone quiet, then compares them one by one.
     */
    public static Verdict judge(Phone phone, Instant since, Duration wait, String... headers) {
        List<RecordedRequest> expected = phone.expected().requests().stream()
                .filter(f -> !f.receivedAt().isBefore(since)).toList();
        List<RecordedRequest> actual = phone.services().journal().settle(
                r -> r.from().equals(phone.address()) && !r.receivedAt().isBefore(since), expected.size(), QUIET,
                wait, phone::settledFor);
        List<Evidence> evidence = new ArrayList<>(List.of(
                Evidence.text("expected requests", expected.stream().map(f -> line(f, headers))
                        .collect(Collectors.joining("\n"))),
                Evidence.text("actual requests", Stream.concat(actual.stream().map(r -> line(r, headers)),
                        phone.services().journal().droppedMarker().stream()).collect(Collectors.joining("\n")))));
        List<String> differences = new ArrayList<>();
        if (expected.size() != actual.size()) {
            differences.add("expected " + expected.size() + " request(s) " + targets(expected) + ", the phone made "
                    + actual.size() + " " + targets(actual));
        }
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            RecordedRequest e = expected.get(i);
            RecordedRequest a = actual.get(i);
            if (!e.target().equals(a.target())) {
                differences.add("request " + (i + 1) + ": expected " + e.method() + " " + e.target() + ", saw "
                        + a.method() + " " + a.target());
            }
            for (String header : headers) {
                String want = e.header(header).orElse(null);
                String got = a.header(header).orElse(null);
                if (!HeaderLatitude.sameMeaning(header, want, got, a.header("x-CiscoIPPhoneSDKVersion"))) {
                    differences.add("request " + (i + 1) + " " + header + ": expected " + quote(want) + ", saw "
                            + quote(got));
                }
            }
        }
        Evidence[] attached = evidence.toArray(Evidence[]::new);
        return differences.isEmpty()
                ? Verdict.passed(phone.name() + " made the requests of its reference model (" + actual.size() + ")",
                        attached)
                : Verdict.failed("requests of " + phone.name() + " differ: " + String.join("; ", differences),
                        attached);
    }

    private static List<String> targets(List<RecordedRequest> requests) {
        return requests.stream().map(RecordedRequest::target).toList();
    }

    private static String line(RecordedRequest r, String[] headers) {
        StringBuilder s = new StringBuilder(r.method() + " " + r.target());
        for (String h : headers) {
            s.append("  ").append(h).append(": ").append(quote(r.header(h).orElse(null)));
        }
        r.answeredContentType().ifPresent(c -> s.append("  -> ").append(c));
        return s.toString();
    }

    private static String quote(String s) {
        return s == null ? "(absent)" : "'" + s + "'";
    }
}
