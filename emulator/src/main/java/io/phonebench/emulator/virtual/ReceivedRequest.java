package io.phonebench.emulator.virtual;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request a virtual phone received, as tests read it. Authorization headers are left out, so recordings can be
 * attached to reports without leaking the password.
 *
 * @param sequence   0, 1, 2, ... in order of arrival at this phone
 * @param target     path plus query, exactly as sent
 * @param headers    header names in lower case, values in order of arrival
 */
public record ReceivedRequest(long sequence, String phone, String method, String target,
                              Map<String, List<String>> headers, byte[] body, Instant receivedAt) {
    public ReceivedRequest {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public int bodyLength() {
        return body.length;
    }

    /** The same request with its body left out: what the log keeps of requests the phone did not accept. */
    ReceivedRequest withoutBody() {
        return body.length == 0 ? this : new ReceivedRequest(sequence, phone, method, target, headers, new byte[0],
                receivedAt);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public String path() {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    /** First value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    @Override
    public String toString() {
        return "#" + sequence + " " + method + " " + target + " (" + body.length + " bytes) at " + receivedAt;
    }
}
