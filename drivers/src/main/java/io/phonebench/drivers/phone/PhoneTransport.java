package io.phonebench.drivers.phone;

import io.phonebench.drivers.BenchInfrastructureException;
import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The one door to Apache HttpClient 5 for talking to a phone: a small connection pool per phone, every wait bounded
 * (connect, one total deadline per request (the response timeout) covering status line, headers and body, and a cap on how much of an
 * answer is read), network failures turned into
 * {@link BenchInfrastructureException}s that name the phone and the request. Credentials are sent pre-emptively,
 * because phones answer a missing login with CiscoIPPhoneError 4 and HTTP 200, not with a 401 challenge.
 */
final class PhoneTransport implements AutoCloseable {
    /** One TLS set-up for every client: building the default SSL context per phone was most of a client's cost. */
    private static final TlsSocketStrategy TLS = DefaultClientTlsStrategy.createDefault();
    /**
     * Aborts requests at their deadline. Socket timeouts bound only each silence, and a phone sending one header line
     * every 100 ms is never silent; closing the connection under the reading thread is the one bound that holds.
     */
    private static final AnswerDeadlines DEADLINES = new AnswerDeadlines("phone-http-deadlines");

    private static final String ARM_DEADLINE = "phonebench.arm-deadline";

    private final PhoneAddress phone;
    private final PhoneClientSettings settings;
    private final BooleanSupplier hung;
    private final CloseableHttpClient client;
    private final PoolingHttpClientConnectionManager pool;
    private final String authorization;
    private final RequestConfig defaultConfig;
    /** URIs of the fixed paths (/CGI/Execute, /CGI/Screenshot, pages): java.net.URI re-parses what it builds. */
    private final Map<String, URI> paths = new ConcurrentHashMap<>();
    /** The last Content-Type header and what it says: a phone sends the same one for every answer of a kind. */
    private volatile ParsedType lastType = new ParsedType("", "", Optional.empty());

    private record ParsedType(String header, String mime, Optional<String> charset) {
    }

    /** @param hung whether the phone says it will answer nothing until power-cycled (see {@link PhoneClient}) */
    PhoneTransport(PhoneAddress phone, PhoneClientSettings settings, BooleanSupplier hung) {
        this.phone = phone;
        this.settings = settings;
        this.hung = hung;
        this.defaultConfig = requestConfig(settings.responseTimeout());
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(TLS).setMaxConnTotal(4).setMaxConnPerRoute(4)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.responseTimeout())).build())
                .build();
        this.pool = pool;
        this.client = HttpClients.custom().setConnectionManager(pool)
                .setDefaultRequestConfig(defaultConfig)
                .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement()
                .disableAuthCaching()
                // Once connected (the connect timeout bounded that), the answer's deadline starts.
                .addExecInterceptorAfter(ChainElement.CONNECT.name(), "answer-deadline", (request, scope, chain) -> {
                    if (scope.clientContext.getAttribute(ARM_DEADLINE) instanceof AnswerDeadline deadline) {
                        deadline.arm();
                    }
                    return chain.proceed(request, scope);
                })
                .build();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (phone.user() + ":" + phone.password()).getBytes(StandardCharsets.UTF_8));
    }

    PhoneReply get(String path, Optional<String> query, boolean authenticate, Duration responseTimeout) {
        HttpGet get = new HttpGet(uri(path, query));
        if (authenticate) {
            get.setHeader(HttpHeaders.AUTHORIZATION, authorization);
        }
        return execute(get, "GET " + path + query.map(q -> "?" + q).orElse(""), responseTimeout);
    }

    /** POSTs an urlencoded form with a single field, as /CGI/Execute expects ({@code XML=...}). */
    PhoneReply postForm(String path, String field, String value) {
        return postForm(path, field, value, true);
    }

    /** As {@link #postForm(String, String, String)}, with the phone's credentials or without any. */
    PhoneReply postForm(String path, String field, String value, boolean authenticate) {
        HttpPost post = new HttpPost(uri(path, Optional.empty()));
        if (authenticate) {
            post.setHeader(HttpHeaders.AUTHORIZATION, authorization);
        }
        post.setEntity(new UrlEncodedFormEntity(List.of(new BasicNameValuePair(field, value)),
                StandardCharsets.UTF_8));
        return execute(post, "POST " + path, settings.responseTimeout());
    }

    private PhoneReply execute(HttpUriRequestBase request, String label, Duration responseTimeout) {
        request.setConfig(responseTimeout.equals(settings.responseTimeout()) ? defaultConfig
                : requestConfig(responseTimeout));
        // The response timeout is the budget of the whole answer: status line, headers and body, from connection.
        Duration total = responseTimeout;
        AnswerDeadline deadline = new AnswerDeadline(request, total, hung);
        HttpClientContext context = HttpClientContext.create();
        context.setAttribute(ARM_DEADLINE, deadline);
        try (ClassicHttpResponse response = client.executeOpen(null, request, context)) {
            HttpEntity entity = response.getEntity();
            byte[] body = entity == null ? new byte[0] : readBounded(entity, request, label);
            if (deadline.expired) {
                throw tooSlow(label, total, deadline.hungAtExpiry);
            }
            ParsedType type = contentType(entity == null ? null : entity.getContentType());
            return new PhoneReply(label, response.getCode(), response.getReasonPhrase(), type.mime(), type.charset(),
                    body);
        } catch (IOException | RuntimeException e) {
            if (deadline.expired) {
                throw tooSlow(label, total, deadline.hungAtExpiry);
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new BenchInfrastructureException("phone " + phone.label() + ": " + label + " failed: "
                    + describe((IOException) e) + " (connect timeout " + seconds(settings.connectTimeout())
                    + ", response timeout " + seconds(responseTimeout) + ")", e);
        } finally {
            deadline.disarm();
        }
    }

    /**
     * One request's answer deadline: armed by the interceptor once connected, run by the watchdog when it passes
     * (cancelling the request closes its socket, so a read blocked in headers or body fails at once), disarmed when
     * the answer has been read. One object, where two atomics and two lambdas did the same on every push.
     */
    private static final class AnswerDeadline implements Runnable {
        private final HttpUriRequestBase request;
        private final Duration total;
        private final BooleanSupplier hung;
        private volatile boolean expired;
        /** The phone said it hung when the deadline fired: it fired at once, not after its wall time. */
        private volatile boolean hungAtExpiry;
        private volatile AnswerDeadlines.Armed armed;

        AnswerDeadline(HttpUriRequestBase request, Duration total, BooleanSupplier hung) {
            this.request = request;
            this.total = total;
            this.hung = hung;
        }

        void arm() {
            armed = DEADLINES.arm(total, this, hung);
        }

        @Override
        public void run() {
            hungAtExpiry = hung.getAsBoolean();
            expired = true;
            request.cancel();
        }

        void disarm() {
            AnswerDeadlines.Armed a = armed;
            if (a != null) {
                DEADLINES.disarm(a);
            }
        }
    }

    /** Mime type (lower case, empty when none) and charset of a Content-Type header, parsed once per distinct one. */
    private ParsedType contentType(String header) {
        String value = header == null ? "" : header;
        ParsedType last = lastType;
        if (last.header().equals(value)) {
            return last;
        }
        ContentType type = header == null ? null : ContentType.parseLenient(header);
        String mime = type == null || type.getMimeType() == null ? "" : type.getMimeType().toLowerCase(Locale.ROOT);
        Optional<String> charset = Optional.ofNullable(type).map(t -> t.getParameter("charset"))
                .map(c -> c.replace("\"", "").strip()).filter(c -> !c.isEmpty());
        ParsedType parsed = new ParsedType(value, mime, charset);
        lastType = parsed;
        return parsed;
    }

    /**
     * The deadline, not the phone's silence, ended the exchange: an InterruptedIOException says so to callers. When
     * the phone said it hung, the message says the deadline was not waited out.
     */
    private BenchInfrastructureException tooSlow(String label, Duration total, boolean hung) {
        String what = "answered too slowly: no complete answer within " + seconds(total) + " of connecting"
                + " (response timeout " + seconds(total) + ": status line, headers and body)"
                + (hung ? "; the phone said its firmware hung, so the deadline passed without wall time" : "");
        return new BenchInfrastructureException("phone " + phone.label() + ": " + label + " failed: " + what,
                new java.io.InterruptedIOException(what));
    }

    /** Reads the body within the size cap; the request's deadline watchdog bounds how long it may take. */
    private byte[] readBounded(HttpEntity entity, HttpUriRequestBase request, String label) throws IOException {
        int limit = settings.maxResponseBytes();
        long declared = entity.getContentLength();
        if (declared > limit) {
            request.cancel();
            throw tooLarge(label, declared + " bytes declared");
        }
        try (InputStream in = entity.getContent()) {
            if (declared >= 0) {
                // Content-Length framing: the stream ends there (a short body fails in the client), so the body is
                // read into its own array, not through a growing buffer copied at the end (a screenshot is 200 KB).
                byte[] body = new byte[(int) declared];
                int read = in.readNBytes(body, 0, body.length);
                return read == body.length ? body : Arrays.copyOf(body, read);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (out.size() + n > limit) {
                    // Abort instead of draining: the rest of a hostile body is never read.
                    request.cancel();
                    throw tooLarge(label, "more than " + limit + " bytes sent");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private BenchInfrastructureException tooLarge(String label, String seen) {
        return new BenchInfrastructureException("phone " + phone.label() + ": " + label + " answered too much:"
                + " expected at most " + settings.maxResponseBytes() + " bytes, " + seen);
    }

    private URI uri(String path, Optional<String> query) {
        URI known = query.isEmpty() ? paths.get(path) : null;
        if (known != null) {
            return known;
        }
        if (query.isEmpty() && paths.size() < 64) {
            return paths.computeIfAbsent(path, p -> build(p, query));
        }
        return build(path, query);
    }

    private URI build(String path, Optional<String> query) {
        try {
            return new URI("http", null, phone.host(), phone.port(), path, query.orElse(null), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("phone " + phone.label() + ": cannot form a URL for " + path + ": "
                    + e.getMessage(), e);
        }
    }

    private static RequestConfig requestConfig(Duration responseTimeout) {
        return RequestConfig.custom().setResponseTimeout(Timeout.of(responseTimeout))
                .setConnectionRequestTimeout(Timeout.of(responseTimeout)).build();
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        String message = e.getMessage();
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }

    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(Locale.ROOT, "%.1f s",
                d.toMillis() / 1000.0);
    }

    /**
     * Closes the idle pooled connections. A phone that booted holds none of them: reused within the pool's 2 s
     * validation window (a virtual phone boots that fast), one would carry the next request into a closed socket.
     */
    void forgetConnections() {
        pool.closeIdle(TimeValue.ZERO_MILLISECONDS);
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            throw new BenchInfrastructureException("phone " + phone.label() + ": closing its HTTP client failed: "
                    + e.getMessage(), e);
        }
    }
}
