package io.phonebench.emulator.virtual;

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
 * The phone's Authentication URL (seed, "The phone as HTTP server": invalid credentials, or an authentication URL not
 * set up, give CiscoIPPhoneError Number="4"; Cisco's Application Development Notes, "Authentication"): a push's
 * basic-authentication credentials are forwarded as {@code UserID}, {@code Password} and {@code devicename}, and only
 * an answer of {@code AUTHORIZED} lets the push through. {@code UN-AUTHORIZED}, any other text, an HTTP error or a
 * server that cannot be reached refuse it. The form goes in a POST body so the password never sits in a URL.
 */
final class AuthenticationUrl {
    static final String AUTHORIZED = "AUTHORIZED";
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final URI url;
    private final String deviceName;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private final boolean acceptsExtraText;
    private final boolean failsOpen;

    AuthenticationUrl(URI url, String deviceName, FirmwareProfile profile) {
        this.acceptsExtraText = profile.has(io.phonebench.emulator.deviation.Deviation
                .ACCEPTS_AUTHORIZED_WITH_EXTRA_TEXT);
        this.failsOpen = profile.has(io.phonebench.emulator.deviation.Deviation.AUTHORIZES_WHEN_UNREACHABLE);
        this.url = url;
        this.deviceName = deviceName;
    }

    URI url() {
        return url;
    }

    /** Whether the authentication server answers exactly AUTHORIZED for the push's Authorization header. */
    boolean authorizes(Optional<String> authorization) {
        Optional<String[]> credentials = authorization.flatMap(AuthenticationUrl::basic);
        if (credentials.isEmpty()) {
            return false;
        }
        String form = "UserID=" + encode(credentials.get()[0]) + "&Password=" + encode(credentials.get()[1])
                + "&devicename=" + encode(deviceName);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            // a trailing line break is how servers end a line; any other text is not the one word the phone accepts
            String said = answer.body().strip();
            return answer.statusCode() == 200 && (said.equals(AUTHORIZED) || (acceptsExtraText
                    && said.startsWith(AUTHORIZED)));
        } catch (IOException e) {
            return failsOpen;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Optional<String[]> basic(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String pair = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new String[] {pair.substring(0, colon), pair.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
