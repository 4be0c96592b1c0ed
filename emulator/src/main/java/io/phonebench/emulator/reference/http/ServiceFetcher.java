package io.phonebench.emulator.reference.http;

import io.phonebench.protocol.uri.HttpUrl;
import io.phonebench.protocol.uri.UriSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.ConnectionKeepAliveStrategy;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultConnectionKeepAliveStrategy;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The phone's side of HTTP: plain GETs with the headers it is given, bounded connect and response timeouts, one total
 * deadline per fetch (a service trickling its answer is not silent, so socket timeouts alone never end it), and a
 * bounded body so a runaway service cannot fill the emulator's memory. A virtual phone's requests leave from its own
 * address (127.0.1.N), as a real phone's come from its IP, so the service host can tell phones apart.
 */
public final class ServiceFetcher implements AutoCloseable {
    /** One TLS set-up for every client: building the default SSL context per phone was most of a client's cost. */
    private static final TlsSocketStrategy TLS = DefaultClientTlsStrategy.createDefault();
    /** Far above any object a phone handles (images, 5 s audio) yet bounded. */
    public static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    /** Aborts fetches at their deadline, for every virtual phone of the JVM. */
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "phone-fetch-deadlines");
        t.setDaemon(true);
        return t;
    });

    private final CloseableHttpClient client;
    private final Duration timeout;

    public ServiceFetcher(Duration timeout) {
        this(timeout, Optional.empty());
    }

    public ServiceFetcher(Duration timeout, Optional<InetAddress> localAddress) {
        this.timeout = timeout;
        // Connections kept alive as the server allows; HttpClient looks for a close by the server before reusing one
        // idle for 2 s.
        this.client = phoneClient(timeout, localAddress, ConnectionConfig.custom(),
                DefaultConnectionKeepAliveStrategy.INSTANCE);
    }

    /**
     * A phone's HTTP client, as the fetcher's, for a short request the phone repeats on every push (its
     * Authentication URL check). A connection is reused only after less than {@code reuseWithin} idle (or less than
     * the server's own Keep-Alive timeout), and only after a look that the server has not closed it: a check must
     * never fail on a connection the server dropped, for that would refuse a correct push. With a new connection
     * each, the phones' side of the checks was 6 % of the CPU of a catalogue run ({@code phonebench deviations});
     * kept, 4 %.
     */
    public static CloseableHttpClient phoneClient(Duration timeout, Optional<InetAddress> localAddress,
            Duration reuseWithin) {
        TimeValue cap = TimeValue.of(reuseWithin);
        return phoneClient(timeout, localAddress,
                ConnectionConfig.custom().setValidateAfterInactivity(TimeValue.ZERO_MILLISECONDS),
                (response, context) -> cap.min(
                        DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context)));
    }

    /**
     * An HTTP client as a phone has one: every connection from the phone's own address (the service host tells phones
     * apart by it), bounded by {@code timeout} per step, no cookie handling of its own, no retries, no compression, no
     * User-Agent the phone would not send; connections reused as {@code connections} and {@code keepAlive} allow.
     */
    private static CloseableHttpClient phoneClient(Duration timeout, Optional<InetAddress> localAddress,
            ConnectionConfig.Builder connections, ConnectionKeepAliveStrategy keepAlive) {
        Timeout bound = Timeout.of(timeout);
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setTlsSocketStrategy(TLS)
                        .setDefaultConnectionConfig(connections.setConnectTimeout(bound).setSocketTimeout(bound)
                                .build())
                        .build())
                .setKeepAliveStrategy(keepAlive)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(bound)
                        .setConnectionRequestTimeout(bound).build())
                .setRoutePlanner(new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE) {
                    @Override
                    protected InetAddress determineLocalAddress(HttpHost firstHop, HttpContext context) {
                        return localAddress.orElse(null);
                    }
                })
                .disableCookieManagement()      // the phone keeps its own jar with the SDK's limits
                .disableAutomaticRetries()
                .disableContentCompression()
                .disableDefaultUserAgent()
                .build();
    }

    /**
     * A URL the protocol module refuses (no usable host, a port beyond 65535) fails like an unreachable one, before
     * cookie lookup or HttpClient turn it into an unchecked exception (once an HTTP 500 from a virtual phone).
     */
    public static void requireFetchable(URI url) {
        try {
            new HttpUrl(url.toString());
        } catch (UriSyntaxException e) {
            throw new FetchFailedException("GET " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * One GET, done within twice the timeout (connect, then the whole answer) or failed: a phone gives up on a slow
     * service as on an unreachable one.
     */
    public FetchedPage get(URI url, Map<String, String> headers) {
        requireFetchable(url);
        HttpGet request = new HttpGet(url);
        headers.forEach(request::addHeader);
        Duration total = timeout.multipliedBy(2);
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> watchdog = DEADLINES.schedule(() -> {
            expired.set(true);
            request.cancel();   // closes the connection under the reading thread
        }, total.toNanos(), TimeUnit.NANOSECONDS);
        try {
            return client.execute(request, response -> {
                byte[] body = new byte[0];
                HttpEntity entity = response.getEntity();
                if (entity != null) {
                    try (InputStream in = entity.getContent()) {
                        body = in.readNBytes(MAX_BODY_BYTES + 1);
                    }
                }
                if (body.length > MAX_BODY_BYTES) {
                    throw new FetchFailedException("GET " + url + ": expected a body of at most " + MAX_BODY_BYTES
                            + " bytes, the server sent more", null);
                }
                return new FetchedPage(url, response.getCode(), ContentTypeHeader.parse(first(response.getFirstHeader(
                        "Content-Type")).orElse(null)), body,
                        Arrays.stream(response.getHeaders("Set-Cookie")).map(Header::getValue).toList(),
                        first(response.getFirstHeader("Refresh")), first(response.getFirstHeader("Expires")));
            });
        } catch (IOException | RuntimeException e) {
            if (expired.get()) {
                throw new FetchFailedException("GET " + url + ": no complete answer within " + total.toMillis()
                        + " ms", e);
            }
            if (e instanceof SocketTimeoutException) {
                throw new FetchFailedException("GET " + url + ": no answer within " + timeout.toMillis() + " ms", e);
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new FetchFailedException("GET " + url + ": " + e, e);
        } finally {
            watchdog.cancel(false);
        }
    }

    private static Optional<String> first(Header header) {
        return Optional.ofNullable(header).map(Header::getValue);
    }

    @Override
    public void close() {
        client.close(org.apache.hc.core5.io.CloseMode.IMMEDIATE);
    }

}
