package io.phonebench.testcases.nightly;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.phone.PhoneAddress;
import io.phonebench.protocol.object.CiscoIPPhoneObject;
import io.phonebench.protocol.object.CiscoIPPhoneObjects;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * A POST /CGI/Execute that skips PhoneClient's safeguards (push limit, credentials), so tests can see how the phone
 * itself answers what a careless service would send. The password is only ever put in the Authorization header.
 */
final class RawExecutePost {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** The phone's answer: the exact body and the object it parses to (null when it is not a CiscoIPPhone object). */
    record Answer(int status, String body, CiscoIPPhoneObject object) {
    }

    /** A 404 page or other non-CiscoIPPhone answer is a legitimate refusal, judged by the test, not a bench fault. */
    private static CiscoIPPhoneObject parsed(byte[] body) {
        try {
            return CiscoIPPhoneObjects.parse(body, null);
        } catch (io.phonebench.protocol.xml.XmlParseException e) {
            return null;
        }
    }

    private RawExecutePost() {
    }

    /** Posts {@code xml} as the form field XML, with basic authentication when {@code credentials} are given. */
    static Answer post(PhoneAddress phone, String xml, Optional<PhoneAddress> credentials) {
        return post(phone, "/CGI/Execute", "XML", xml, credentials);
    }

    /** As {@link #post(PhoneAddress, String, Optional)}, to another path or form field name (their case matters). */
    static Answer post(PhoneAddress phone, String path, String field, String xml, Optional<PhoneAddress> credentials) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + phone.label() + path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(field + "=" + URLEncoder.encode(xml,
                        StandardCharsets.UTF_8)));
        credentials.ifPresent(c -> request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (c.user() + ":" + c.password()).getBytes(StandardCharsets.UTF_8))));
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String body = new String(response.body(), StandardCharsets.UTF_8);
            return new Answer(response.statusCode(), body, parsed(response.body()));
        } catch (IOException e) {
            throw new BenchInfrastructureException("phone " + phone.label() + ": raw POST /CGI/Execute failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchInfrastructureException("phone " + phone.label() + ": interrupted during raw POST", e);
        }
    }
}
