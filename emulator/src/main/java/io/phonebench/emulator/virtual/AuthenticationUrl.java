package io.phonebench.emulator.virtual;

import io.phonebench.emulator.reference.http.ServiceFetcher;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The phone's Authentication URL (seed, "The phone as HTTP server": invalid credentials, or an authentication URL not
 * set up, give CiscoIPPhoneError Number="4"; Cisco's Application Development Notes, "Authentication"): a push's
 * basic-authentication credentials are forwarded as {@code UserID}, {@code Password} and {@code devicename}, and only
 * an answer of {@code AUTHORIZED} lets the push through. {@code UN-AUTHORIZED}, any other text, an HTTP error or a
 * server that cannot be reached refuse it. The form goes in a POST body so the password never sits in a URL.
 */
final class AuthenticationUrl implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AuthenticationUrl.class);
    static final String AUTHORIZED = "AUTHORIZED";
    /**
     * The whole check: connect, request, answer. Longer than a bench's 5 s push deadline, so a check that a loaded
     * host makes slow shows as a push answered too slowly (a deadline the bench reports), not as a refusal of good
     * credentials.
     */
    static final Duration TIMEOUT = Duration.ofSeconds(6);
    /** Aborts checks at {@link #TIMEOUT}, for every virtual phone of the JVM (a per-read timeout alone is no bound). */
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "phone-authentication-deadlines");
        t.setDaemon(true);
        return t;
    });
    /**
     * How long an idle connection to the server is kept for the next check: well under the idle timeouts servers use
     * (Apache httpd 5 s, Jetty 30 s, nginx 75 s), so a server does not close it just as a check goes out.
     */
    static final Duration REUSE_WITHIN = Duration.ofSeconds(2);
    /** An answer is one word; anything much longer is not AUTHORIZED either. */
    private static final int MAX_ANSWER_BYTES = 16 * 1024;

    private final URI url;
    private final String deviceName;
    private final CloseableHttpClient client;

    private final boolean acceptsExtraText;
    private final boolean failsOpen;

    /** @param from the phone's own address: a phone sends the check from it, as it sends every request */
    AuthenticationUrl(URI url, String deviceName, FirmwareProfile profile, InetAddress from) {
        this.acceptsExtraText = profile.has(io.phonebench.emulator.deviation.Deviation
                .ACCEPTS_AUTHORIZED_WITH_EXTRA_TEXT);
        this.failsOpen = profile.has(io.phonebench.emulator.deviation.Deviation.AUTHORIZES_WHEN_UNREACHABLE);
        this.url = url;
        this.deviceName = deviceName;
        this.client = ServiceFetcher.phoneClient(TIMEOUT, Optional.of(from), REUSE_WITHIN);
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
        try {
            Answer answer = post(form.getBytes(StandardCharsets.UTF_8));
            // a trailing line break is how servers end a line; any other text is not the one word the phone accepts
            String said = answer.body().strip();
            boolean authorized = answer.status() == 200 && (said.equals(AUTHORIZED) || (acceptsExtraText
                    && said.startsWith(AUTHORIZED)));
            if (!authorized) {
                LOG.debug("phone {}: {} answered HTTP {} \"{}\" for user '{}': push refused", deviceName, url,
                        answer.status(), said.length() > 80 ? said.substring(0, 80) + "..." : said,
                        credentials.get()[0]);
            }
            return authorized;
        } catch (IOException e) {
            LOG.debug("phone {}: {} gave no answer ({}): push {}", deviceName, url, e.toString(),
                    failsOpen ? "let through (fails open)" : "refused");
            return failsOpen;
        }
    }

    private record Answer(int status, String body) {
    }

    /**
     * One POST on the calling thread, from the phone's own address, done within {@link #TIMEOUT} or failed, on the
     * last check's connection when it is fresh and still open ({@link #REUSE_WITHIN}): Apache HttpClient's classic
     * (blocking) client, as the phone's service fetches use; the JDK's HttpClient handed each check between three
     * threads and kept a selector thread per phone, which on a loaded host made checks time out.
     */
    private Answer post(byte[] form) throws IOException {
        HttpPost request = new HttpPost(url);
        request.setEntity(new ByteArrayEntity(form, ContentType.APPLICATION_FORM_URLENCODED));
        ScheduledFuture<?> watchdog = DEADLINES.schedule(request::cancel, TIMEOUT.toNanos(), TimeUnit.NANOSECONDS);
        try {
            return client.execute(request, response -> {
                byte[] body = new byte[0];
                if (response.getEntity() != null) {
                    try (InputStream in = response.getEntity().getContent()) {
                        body = in.readNBytes(MAX_ANSWER_BYTES);
                    }
                }
                return new Answer(response.getCode(), new String(body, StandardCharsets.UTF_8));
            });
        } catch (RuntimeException e) {
            throw new IOException("authentication URL " + url + ": " + e.getMessage(), e);
        } finally {
            watchdog.cancel(false);
        }
    }

    @Override
    public void close() {
        client.close(CloseMode.IMMEDIATE);
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
