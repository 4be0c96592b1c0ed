package io.phonebench.bench.expect;

import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.service.RecordedRequest;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.emulator.reference.http.RecordedFetch;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The requests a phone made to the service host against those its reference model made: same targets in the same
 * order, and the same meaning of every header the SDK defines (model, display, SDK version, Accept, Accept-Charset,
 * Accept-Language, Cookie), compared within the {@link HeaderLatitude}s the SDK leaves.
 */
public final class TraceExpectation {
    public static final List<String> JUDGED_HEADERS = List.of("x-CiscoIPPhoneModelName", "x-CiscoIPPhoneDisplay",
            "x-CiscoIPPhoneSDKVersion", "Accept", "Accept-Charset", "Accept-Language", "Cookie");

    private TraceExpectation() {
    }

    /**
     * Waits (bounded) until the phone has made as many requests since {@code since} as its reference model and then
     * gone quiet ({@link TraceWindow}), so extra requests are seen, then compares them one by one.
     */
    public static Verdict judge(Phone phone, Instant since, Duration wait) {
        List<RecordedFetch> expected = phone.expected().requests().stream()
                .filter(f -> !f.at().isBefore(since)).toList();
        List<RecordedRequest> actual = TraceWindow.collect(phone, since, expected.size(), wait);
        Evidence[] evidence = {
                Evidence.text("expected request trace", expected.stream().map(TraceExpectation::line)
                        .collect(Collectors.joining("\n"))),
                Evidence.text("actual request trace", actual.stream().map(TraceExpectation::line)
                        .collect(Collectors.joining("\n")))};
        List<String> differences = new ArrayList<>();
        if (expected.size() != actual.size()) {
            differences.add("expected " + expected.size() + " request(s), the phone made " + actual.size());
        }
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            RecordedFetch e = expected.get(i);
            RecordedRequest a = actual.get(i);
            String expectedTarget = target(e);
            if (!expectedTarget.equals(a.target())) {
                differences.add("request " + (i + 1) + ": expected GET " + expectedTarget + ", saw " + a.method() + " "
                        + a.target());
            }
            for (String header : JUDGED_HEADERS) {
                String want = e.header(header);
                String got = a.header(header).orElse(null);
                if (!HeaderLatitude.sameMeaning(header, want, got, a.header("x-CiscoIPPhoneSDKVersion"))) {
                    differences.add("request " + (i + 1) + " " + header + ": expected " + quote(want) + ", saw "
                            + quote(got));
                }
            }
        }
        return differences.isEmpty()
                ? Verdict.passed("request trace matches the reference model (" + actual.size() + " request(s))",
                        evidence)
                : Verdict.failed("request trace differs: " + String.join("; ", differences), evidence);
    }

    private static String target(RecordedFetch fetch) {
        String query = fetch.url().getRawQuery();
        return fetch.url().getRawPath() + (query == null ? "" : "?" + query);
    }

    private static String line(RecordedFetch f) {
        return "GET " + target(f) + "  " + JUDGED_HEADERS.stream().filter(h -> f.header(h) != null)
                .map(h -> h + ": " + f.header(h)).collect(Collectors.joining(" | "));
    }

    private static String line(RecordedRequest r) {
        return r.method() + " " + r.target() + "  " + JUDGED_HEADERS.stream().filter(h -> r.header(h).isPresent())
                .map(h -> h + ": " + r.header(h).get()).collect(Collectors.joining(" | "));
    }

    private static String quote(String s) {
        return s == null ? "(absent)" : "'" + s + "'";
    }
}
