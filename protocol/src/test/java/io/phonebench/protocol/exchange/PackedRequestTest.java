package io.phonebench.protocol.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PackedRequestTest {

    @Test
    void unpacksEqualToWhatWasPackedWhateverTheCharacters() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Host", List.of("127.0.1.2:8080"));
        headers.put("x-note", List.of("caf\u00e9", "\u65e5\u672c", "lone \ud800 surrogate"));
        headers.put("empty", List.of(""));
        byte[] body = "XML=%3CCiscoIPPhoneText%2F%3E \u00ff".getBytes(StandardCharsets.UTF_8);
        RecordedRequest sent = RecordedRequest.arrived("CP-7970G \u2116 1", "POST", "/CGI/Execute?\u00e9=1", headers,
                body, Instant.ofEpochSecond(1_780_000_000L, 123_456_789)).withSequence(42).failed("body too long")
                .answered("text/xml; charset=\u00fctf-8");

        RecordedRequest back = roundTrip(sent);

        assertEquals(sent, back);
        assertEquals(sent.headers(), back.headers());
        assertEquals(List.of("caf\u00e9", "\u65e5\u672c", "lone \ud800 surrogate"), back.headers().get("x-note"));
        assertEquals(3, back.headers().size(), "three names, one of them with three values");
        assertArrayEquals(body, back.body());
        assertEquals(sent.toString(), back.toString());
    }

    @Test
    void keepsWhatIsAbsentAbsent() {
        RecordedRequest sent = RecordedRequest.arrived("p", "GET", "/", Map.of(), new byte[0], Instant.EPOCH);
        RecordedRequest back = roundTrip(sent);
        assertEquals(sent, back);
        assertEquals(0, back.headers().size());
        assertEquals(0, back.bodyLength());
        assertEquals(Optional.empty(), back.failure());
        assertEquals(Optional.empty(), back.answeredContentType());
    }

    @Test
    void readsOnlyWhatWasWrittenFromALongerArrayThatHeldALongerRequest() {
        RecordedRequest longer = RecordedRequest.arrived("p", "POST", "/CGI/Execute",
                Map.of("Content-Type", List.of("application/x-www-form-urlencoded")), new byte[5000], Instant.EPOCH);
        RecordedRequest shorter = RecordedRequest.arrived("q", "GET", "/CGI/Screenshot", Map.of(), new byte[0],
                Instant.EPOCH);
        byte[] packed = new byte[PackedRequest.size(longer)];
        PackedRequest.write(longer, packed);
        PackedRequest.write(shorter, packed);
        assertEquals(shorter, PackedRequest.read(packed));
    }

    private static RecordedRequest roundTrip(RecordedRequest sent) {
        byte[] packed = new byte[PackedRequest.size(sent)];
        PackedRequest.write(sent, packed);
        return PackedRequest.read(packed);
    }
}
