package io.phonebench.protocol.exchange;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as it arrived, wherever it was recorded: at the bench's service host, at a virtual phone, or sent
 * by a reference model (after OkHttp's MockWebServer). One shape for all three, so a judge compares like with like.
 *
 * @param sequence            1, 2, 3 ... in order of arrival at its {@link RequestJournal} since the journal was
 *                            cleared; 0 until a journal numbers it
 * @param from                who sent it: the phone's IP address at the service host, the phone's name elsewhere
 * @param method              e.g. GET
 * @param target              request target as sent: raw path and query
 * @param headers             request headers in order of arrival, names as sent, looked up case-insensitively
 * @param body                the request body (empty for GET, or when the recorder keeps no body)
 * @param receivedAt          when it arrived (by the phone's clock for a reference model's request)
 * @param failure             why the recorder could not serve it (no route, body too long), if so
 * @param answeredContentType the Content-Type the recorder answered with, when it answered
 */
public record RecordedRequest(long sequence, String from, String method, String target,
        Map<String, List<String>> headers, byte[] body, Instant receivedAt, Optional<String> failure,
        Optional<String> answeredContentType) {

    public RecordedRequest {
        headers = HeaderFields.copyOf(headers);
        body = body.clone();
    }

    /** A request not yet numbered, answered or failed: what a recorder builds before its journal numbers it. */
    public static RecordedRequest arrived(String from, String method, String target,
            Map<String, List<String>> headers, byte[] body, Instant receivedAt) {
        return new RecordedRequest(0, from, method, target, headers, body, receivedAt, Optional.empty(),
                Optional.empty());
    }

    /** A GET whose headers carry one value each, in the order sent: a reference model's fetch. */
    public static RecordedRequest get(String from, String target, Map<String, String> headers, Instant at) {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        headers.forEach((k, v) -> multi.put(k, List.of(v)));
        return arrived(from, "GET", target, multi, new byte[0], at);
    }

    public RecordedRequest withSequence(long number) {
        return new RecordedRequest(number, from, method, target, headers, body, receivedAt, failure,
                answeredContentType);
    }

    public RecordedRequest failed(String why) {
        return new RecordedRequest(sequence, from, method, target, headers, body, receivedAt, Optional.of(why),
                answeredContentType);
    }

    public RecordedRequest answered(String contentType) {
        return new RecordedRequest(sequence, from, method, target, headers, body, receivedAt, failure,
                Optional.of(contentType));
    }

    /** The same request with its body left out: what a log keeps of requests nobody accepted. */
    public RecordedRequest withoutBody() {
        return body.length == 0 ? this : new RecordedRequest(sequence, from, method, target, headers, new byte[0],
                receivedAt, failure, answeredContentType);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public int bodyLength() {
        return body.length;
    }

    public String bodyText(Charset charset) {
        return new String(body, charset);
    }

    public String bodyText() {
        return bodyText(StandardCharsets.UTF_8);
    }

    /** The first value of a header by case-insensitive name, e.g. {@code header("x-CiscoIPPhoneModelName")}. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(fields().first(name));
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

    /** A cookie of the Cookie header ({@code a=1; b=2}). */
    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies().get(name));
    }

    /** The cookies of the Cookie header, in order. */
    public Map<String, String> cookies() {
        Map<String, String> cookies = new LinkedHashMap<>();
        header("Cookie").ifPresent(h -> {
            for (String pair : h.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
        });
        return cookies;
    }

    /** One line for traces and messages: {@code #3 GET /menu from 127.0.1.2}. */
    public String line() {
        return "#" + sequence + " " + method + " " + target + " from " + from
                + answeredContentType.map(c -> " -> " + c).orElse("")
                + failure.map(f -> " (" + f + ")").orElse("");
    }

    /** What a memory bound counts: what a sender controls (body, target, every header) plus a fixed overhead. */
    public long retainedBytes() {
        return 256L + body.length + target.length() + fields().weight();
    }

    /** Copies the body to {@code into} at {@code at}, for {@link PackedRequest}: no copy of its own on the way. */
    void copyBodyTo(byte[] into, int at) {
        System.arraycopy(body, 0, into, at, body.length);
    }

    /** The headers as the constructor keeps them. */
    HeaderFields fields() {
        return (HeaderFields) headers;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordedRequest r && sequence == r.sequence && from.equals(r.from)
                && method.equals(r.method) && target.equals(r.target) && headers.equals(r.headers)
                && java.util.Arrays.equals(body, r.body) && receivedAt.equals(r.receivedAt)
                && failure.equals(r.failure) && answeredContentType.equals(r.answeredContentType);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(sequence, from, method, target, receivedAt);
    }

    /** Credentials never reach a report: an Authorization header is shown masked. */
    @Override
    public String toString() {
        Map<String, Object> shown = new LinkedHashMap<>();
        headers.forEach((k, v) -> shown.put(k, k.equalsIgnoreCase("Authorization") ? "****" : v));
        return "RecordedRequest[" + line() + ", " + body.length + " bytes, at " + receivedAt + ", headers=" + shown
                + "]";
    }
}
