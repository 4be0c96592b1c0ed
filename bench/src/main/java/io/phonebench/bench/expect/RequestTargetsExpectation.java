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
 * Where the phone went, against its reference model: the same targets in the same order, plus only the headers a
 * behaviour is about (Cookie for sessions; none for navigation). {@link TraceExpectation} judges every SDK header on
 * every request; this judge keeps a wrong Accept-Charset from failing tests about Refresh or history, so that a
 * firmware deviation fails the tests that concern it (the header tests) and no others.
 */
public final class RequestTargetsExpectation {

    private RequestTargetsExpectation() {
    }

    /** Waits (bounded) for as many requests since {@code since} as the reference model made, then compares. */
    public static Verdict judge(Phone phone, Instant since, Duration wait, String... headers) {
        List<RecordedFetch> expected = phone.expected().requests().stream()
                .filter(f -> !f.at().isBefore(since)).toList();
        List<RecordedRequest> actual = TraceWindow.collect(phone, since, expected.size(), wait);
        Evidence[] evidence = {
                Evidence.text("expected requests", expected.stream().map(f -> line(f, headers))
                        .collect(Collectors.joining("\n"))),
                Evidence.text("actual requests", actual.stream().map(r -> line(r, headers))
                        .collect(Collectors.joining("\n")))};
        List<String> differences = new ArrayList<>();
        if (expected.size() != actual.size()) {
            differences.add("expected " + expected.size() + " request(s) " + targets(expected) + ", the phone made "
                    + actual.size() + " " + actual.stream().map(RecordedRequest::target).toList());
        }
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            String want = target(expected.get(i));
            RecordedRequest a = actual.get(i);
            if (!want.equals(a.target())) {
                differences.add("request " + (i + 1) + ": expected GET " + want + ", saw " + a.method() + " "
                        + a.target());
            }
            for (String header : headers) {
                String e = expected.get(i).header(header);
                String g = a.header(header).orElse(null);
                if (!HeaderLatitude.sameMeaning(header, e, g, a.header("x-CiscoIPPhoneSDKVersion"))) {
                    differences.add("request " + (i + 1) + " " + header + ": expected " + quote(e) + ", saw "
                            + quote(g));
                }
            }
        }
        return differences.isEmpty()
                ? Verdict.passed(phone.name() + " made the requests of its reference model (" + actual.size() + ")",
                        evidence)
                : Verdict.failed("requests of " + phone.name() + " differ: " + String.join("; ", differences),
                        evidence);
    }

    private static List<String> targets(List<RecordedFetch> fetches) {
        return fetches.stream().map(RequestTargetsExpectation::target).toList();
    }

    private static String target(RecordedFetch fetch) {
        String query = fetch.url().getRawQuery();
        return fetch.url().getRawPath() + (query == null ? "" : "?" + query);
    }

    private static String line(RecordedFetch f, String[] headers) {
        StringBuilder s = new StringBuilder("GET " + target(f));
        for (String h : headers) {
            s.append("  ").append(h).append(": ").append(quote(f.header(h)));
        }
        return s.toString();
    }

    private static String line(RecordedRequest r, String[] headers) {
        StringBuilder s = new StringBuilder(r.method() + " " + r.target());
        for (String h : headers) {
            s.append("  ").append(h).append(": ").append(quote(r.header(h).orElse(null)));
        }
        return s.toString();
    }

    private static String quote(String s) {
        return s == null ? "(absent)" : "'" + s + "'";
    }
}
