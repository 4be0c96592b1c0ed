package io.phonebench.bench.service;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request a phone made to the service host, exactly as it arrived (STYLE §6).
 *
 * @param sequence     1, 2, 3 ... in order of arrival since the host started or was reset
 * @param method       e.g. GET
 * @param target       request target as sent: path and query
 * @param headers      request headers, names matched case-insensitively
 * @param cookies      cookies from the Cookie header, in order
 * @param body         the request body (empty for GET)
 * @param phoneAddress IP address the request came from, which identifies the phone
 * @param receivedAt   when the request line arrived
 * @param failure      why the host could not serve it (no route, unreadable request), if so
 */
public record RecordedRequest(long sequence, String method, String target, Map<String, List<String>> headers,
        Map<String, String> cookies, byte[] body, String phoneAddress, Instant receivedAt, Optional<String> failure) {

    public RecordedRequest {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        headers = Collections.unmodifiableMap(copy);
        cookies = Collections.unmodifiableMap(new LinkedHashMap<>(cookies));
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public String bodyText(Charset charset) {
        return new String(body, charset);
    }

    public String bodyText() {
        return bodyText(StandardCharsets.UTF_8);
    }

    /** The first value of a header, e.g. {@code header("x-CiscoIPPhoneModelName")}. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The target without its query. */
    public String path() {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    /** The query string without '?', empty when there is none. */
    public String query() {
        int q = target.indexOf('?');
        return q < 0 ? "" : target.substring(q + 1);
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    /** One line for traces and messages: {@code #3 GET /menu from 127.0.1.2}. */
    public String line() {
        return "#" + sequence + " " + method + " " + target + " from " + phoneAddress
                + failure.map(f -> " (" + f + ")").orElse("");
    }

    @Override
    public String toString() {
        Map<String, Object> shown = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> shown.put(k, k.equalsIgnoreCase("Authorization") ? "****" : v));
        return "RecordedRequest[" + line() + ", at " + receivedAt + ", headers=" + shown + "]";
    }
}
