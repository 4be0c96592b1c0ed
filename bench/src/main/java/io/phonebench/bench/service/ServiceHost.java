package io.phonebench.bench.service;

import com.sun.net.httpserver.HttpExchange;
import io.phonebench.bench.rig.ServiceHostSpec;
import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.emulator.httpd.BoundedHttpServer;
import io.phonebench.emulator.httpd.ServerLimits;
import io.phonebench.protocol.object.CiscoIPPhoneObject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The web server phones fetch services from (STYLE §6, after MockWebServer). Tests mount responses by path, make the
 * phone fetch, then read what it asked for with {@link #takeRequest(Duration)}. Every request is recorded, including
 * those it could not serve, whose failure {@link #assertNoFailures()} reports on the test thread.
 */
public final class ServiceHost implements AutoCloseable {
    /** Larger bodies are cut and the request recorded as failed: phones post small forms. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private final String bindAddress;
    private final int requestedPort;
    private final List<String> aliasAddresses;
    private final Clock clock;
    private final Map<String, ServiceResponse> routes = new ConcurrentHashMap<>();
    private final RecordedRequests log = new RecordedRequests();
    private final AuthenticationService authentication;
    private final AtomicLong sequence = new AtomicLong();
    // The one bench address the phones' network reaches: a flood from one address must not starve the others.
    private ServerLimits limits = ServerLimits.serviceHost();
    private BoundedHttpServer server;
    private List<BoundedHttpServer> aliasServers = List.of();

    public ServiceHost(String bindAddress, int port, Clock clock) {
        this(bindAddress, port, List.of(), clock);
    }

    /**
     * @param aliases further addresses serving the same routes and recordings: phones keep cookies per host name, so
     *                a test needs several names for one service (each on the main port if free, else its own)
     */
    public ServiceHost(String bindAddress, int port, List<String> aliases, Clock clock) {
        this.bindAddress = bindAddress;
        this.requestedPort = port;
        this.aliasAddresses = List.copyOf(aliases);
        this.clock = clock;
        this.authentication = new AuthenticationService(clock);
    }

    public ServiceHost(ServiceHostSpec spec) {
        this(spec.bind(), spec.port(), spec.aliases(), Clock.systemUTC());
    }

    /** What one client may cost the host (head deadline, connections per address); takes effect at start. */
    public synchronized ServiceHost limits(ServerLimits limits) {
        this.limits = java.util.Objects.requireNonNull(limits, "limits");
        return this;
    }

    /** Starts listening; calling it again while started does nothing. */
    public synchronized ServiceHost start() {
        if (server != null) {
            return this;
        }
        try {
            server = bind(bindAddress, requestedPort);
        } catch (IOException e) {
            throw new BenchInfrastructureException("service host cannot listen on " + bindAddress + ":"
                    + requestedPort + ": " + e.getMessage() + (requestedPort > 0 ? " (is the port in use?)" : ""), e);
        }
        try {
            aliasServers = startAliases(server.address().getPort());
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        return this;
    }

    private List<BoundedHttpServer> startAliases(int mainPort) {
        List<BoundedHttpServer> started = new java.util.ArrayList<>();
        for (String alias : aliasAddresses) {
            BoundedHttpServer s;
            try {
                s = bind(alias, mainPort);
            } catch (IOException busy) {
                try {
                    s = bind(alias, 0);
                } catch (IOException e) {
                    started.forEach(BoundedHttpServer::close);
                    throw new BenchInfrastructureException("service host alias cannot listen on " + alias
                            + " (port " + mainPort + " or any free port): " + e.getMessage()
                            + " (is it a local address? on Linux all of 127.0.0.0/8 is)", e);
                }
            }
            started.add(s);
        }
        return List.copyOf(started);
    }

    private BoundedHttpServer bind(String address, int port) throws IOException {
        return BoundedHttpServer.open(new InetSocketAddress(address, port), this::route, limits,
                "service-host-" + address);
    }

    /** The authentication route on every address (phones may be told any of them), the mounted routes else. */
    private void route(HttpExchange exchange) {
        if (exchange.getRequestURI().getPath().equals(AuthenticationService.PATH)) {
            authentication.serve(exchange);
        } else {
            serve(exchange);
        }
    }

    /** Stops listening and forgets routes and recordings; calling it again does nothing. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            aliasServers.forEach(BoundedHttpServer::close);
            server.close();
        } finally {
            server = null;
            aliasServers = List.of();
            reset();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** {@code http://ADDRESS:PORT}, the base of every service URL handed to phones. */
    public synchronized String baseUrl() {
        if (server == null) {
            throw new IllegalStateException("service host on " + bindAddress + " is not started");
        }
        InetSocketAddress a = server.address();
        return "http://" + a.getHostString() + ":" + a.getPort();
    }

    public String url(String path) {
        return baseUrl() + checkedPath(path);
    }

    /** The addresses that serve the same routes besides the main one, in the order the rig lists them. */
    public List<String> aliases() {
        return aliasAddresses;
    }

    /** {@code path} on alias {@code aliasIndex} (0-based, in {@link #aliases()} order): another host name. */
    public synchronized String url(String path, int aliasIndex) {
        if (server == null) {
            throw new IllegalStateException("service host on " + bindAddress + " is not started");
        }
        if (aliasIndex < 0 || aliasIndex >= aliasServers.size()) {
            throw new IllegalArgumentException("expected an alias index 0.." + (aliasServers.size() - 1)
                    + " of service host " + bindAddress + ", saw " + aliasIndex + " (aliases: " + aliasAddresses
                    + "; add them under serviceHost: aliases: in the rig file)");
        }
        InetSocketAddress a = aliasServers.get(aliasIndex).address();
        return "http://" + a.getHostString() + ":" + a.getPort() + checkedPath(path);
    }

    public void mount(String path, ServiceResponse response) {
        routes.put(checkedPath(path), response);
    }

    public void mount(String path, String xml) {
        mount(path, ServiceResponse.xml(xml));
    }

    public void mount(String path, CiscoIPPhoneObject object) {
        mount(path, ServiceResponse.xml(object));
    }

    public void mountText(String path, String text) {
        mount(path, ServiceResponse.text(text));
    }

    public void mountImage(String path, BufferedImage image) {
        mount(path, ServiceResponse.image(image));
    }

    public void mountAudio(String path, byte[] audio) {
        mount(path, ServiceResponse.audio(audio));
    }

    public void unmount(String path) {
        routes.remove(checkedPath(path));
    }

    /** The next request not yet taken, from any phone. */
    public RecordedRequest takeRequest(Duration timeout) {
        return log.take(r -> true, "a request", timeout);
    }

    /** The next request not yet taken from the phone at {@code fromPhoneAddress}; others stay queued. */
    public RecordedRequest takeRequest(String fromPhoneAddress, Duration timeout) {
        return log.take(r -> r.phoneAddress().equals(fromPhoneAddress), "a request from " + fromPhoneAddress,
                timeout);
    }

    /** Fails when a request not yet taken is waiting, or one arrives within {@code window}. */
    public void expectNoRequest(Duration window) {
        log.expectNone(window);
    }

    /** Every request since the last reset, taken or not, in order of arrival. */
    public List<RecordedRequest> requests() {
        return log.all();
    }

    /** Throws an AssertionError listing the requests the host could not serve since the last reset. */
    public void assertNoFailures() {
        List<RecordedRequest> failed = log.all().stream().filter(r -> r.failure().isPresent()).toList();
        if (!failed.isEmpty()) {
            throw new AssertionError("expected every request to be served, " + failed.size() + " failed: "
                    + failed.stream().map(RecordedRequest::line).collect(Collectors.joining(", ")));
        }
    }

    /** The Authentication URL route; its checks are kept apart from the service requests a trace judges. */
    public AuthenticationService authentication() {
        return authentication;
    }

    /** The Authentication URL to configure on phones (a virtual phone gets it from the rig session). */
    public String authenticationUrl() {
        return baseUrl() + AuthenticationService.PATH;
    }

    /** Forgets routes and recordings, between tests. */
    public void reset() {
        authentication.reset();
        routes.clear();
        log.clear();
        sequence.set(0);
    }

    private void serve(HttpExchange exchange) {
        try {
            Instant receivedAt = clock.instant();
            String target = exchange.getRequestURI().getRawPath()
                    + Optional.ofNullable(exchange.getRequestURI().getRawQuery()).map(q -> "?" + q).orElse("");
            byte[] body;
            Optional<String> failure = Optional.empty();
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY_BYTES + 1);
            }
            if (body.length > MAX_BODY_BYTES) {
                body = java.util.Arrays.copyOf(body, MAX_BODY_BYTES);
                failure = Optional.of("body longer than " + MAX_BODY_BYTES + " bytes");
            }
            String path = exchange.getRequestURI().getPath();
            ServiceResponse response = routes.get(path);
            if (response == null && failure.isEmpty()) {
                failure = Optional.of("no route at " + path + "; mounted: " + new TreeSet<>(routes.keySet()));
            }
            log.add(new RecordedRequest(sequence.incrementAndGet(), exchange.getRequestMethod(), target,
                    exchange.getRequestHeaders(), cookies(exchange.getRequestHeaders().getFirst("Cookie")), body,
                    exchange.getRemoteAddress().getAddress().getHostAddress(), receivedAt, failure));
            if (failure.isPresent()) {
                send(exchange, failure.get().startsWith("no route") ? 404 : 413, "text/plain; charset=utf-8",
                        failure.get().getBytes(java.nio.charset.StandardCharsets.UTF_8), List.of());
            } else {
                answer(exchange, response);
            }
        } catch (IOException e) {
            // the phone hung up mid-answer; its request is recorded already
        } finally {
            exchange.close();
        }
    }

    private static void answer(HttpExchange exchange, ServiceResponse response) throws IOException {
        String charsetParam = response.declareCharset()
                ? "; charset=" + response.charset().name().toLowerCase(Locale.ROOT) : "";
        ServiceResponse.Content content = response.content();
        if (content instanceof ServiceResponse.Text text) {
            send(exchange, response.status(), text.mediaType() + charsetParam,
                    text.text().getBytes(response.charset()), response.headers());
        } else if (content instanceof ServiceResponse.Binary binary) {
            send(exchange, response.status(), binary.mediaType(), binary.bytes(), response.headers());
        } else if (content instanceof ServiceResponse.Image image) {
            if (ImageNegotiation.wantsPng(header(exchange, "x-CiscoIPPhoneDisplay"), header(exchange, "Accept"))) {
                send(exchange, response.status(), "image/png", ImageNegotiation.png(image.image()),
                        response.headers());
            } else {
                send(exchange, response.status(), "text/xml" + charsetParam,
                        ImageNegotiation.cip(image.image()).getBytes(response.charset()), response.headers());
            }
        }
    }

    private static Optional<String> header(HttpExchange exchange, String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body,
            List<ServiceResponse.Header> headers) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        headers.forEach(h -> exchange.getResponseHeaders().add(h.name(), h.value()));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** {@code a=1; b=2} into an ordered map. */
    static Map<String, String> cookies(String header) {
        Map<String, String> cookies = new java.util.LinkedHashMap<>();
        if (header != null) {
            for (String pair : header.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
        }
        return cookies;
    }

    private static String checkedPath(String path) {
        if (path == null || !path.startsWith("/") || path.contains("?")) {
            throw new IllegalArgumentException("route path must start with / and carry no query, saw '" + path
                    + "'");
        }
        return path;
    }

    @Override
    public String toString() {
        return "ServiceHost[" + bindAddress + ":" + requestedPort + ", aliases=" + aliasAddresses
                + ", routes=" + routes.keySet() + "]";
    }
}
