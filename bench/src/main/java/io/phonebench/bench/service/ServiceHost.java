package io.phonebench.bench.service;

import com.sun.net.httpserver.HttpExchange;
import io.phonebench.bench.rig.ServiceHostSpec;
import io.phonebench.bench.wait.PhoneWait;
import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.emulator.httpd.BoundedHttpServer;
import io.phonebench.emulator.httpd.ServerLimits;
import io.phonebench.protocol.exchange.RecordedRequest;
import io.phonebench.protocol.exchange.RequestJournal;
import io.phonebench.protocol.image.Png;
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
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The web server phones fetch services from (after OkHttp's MockWebServer). Tests mount responses by path, make the
 * phone fetch, then read what it asked for with {@link #takeRequest(Duration)}. Every request is recorded, including
 * those it could not serve, whose failure {@link #assertNoFailures()} reports on the test thread.
 *
 * <p>Phones tested at the same time each see the host through their own view, {@link #forPhone(String, String)}:
 * the same addresses, URLs and routes (tests mount paths that name their phone), but the view's requests are its
 * phone's (by the address they come from), its reset forgets only its phone's routes and requests, and its
 * Authentication URL answers as that phone's test says. A global reset between two tests of one phone would pull
 * the routes from under a test running on another.
 */
public final class ServiceHost implements AutoCloseable {
    /** Larger bodies are cut and the request recorded as failed: phones post small forms. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private final String bindAddress;
    private final int requestedPort;
    private final List<String> aliasAddresses;
    private final Clock clock;
    private final Map<String, ServiceResponse> routes;
    // A ring with a byte budget, one per phone's view (and the host's own for phones without one): a run's phones (or
    // a flood) cannot grow the bench's heap without bound.
    private final RequestJournal log;
    /** Virtual phones' own clocks, by address (shared by the views): a request is stamped in its phone's time. */
    private final Map<String, Supplier<Instant>> phoneClocks;
    private final AuthenticationService authentication;
    /** The host a phone's view belongs to; null for the host itself. */
    private final ServiceHost host;
    /** A view's phone: its rig name and the address its requests come from; empty for the host itself. */
    private final String phoneName;
    private final String phoneAddress;
    /** Routes a view mounted, forgotten at its reset. */
    private final java.util.Set<String> mounted = ConcurrentHashMap.newKeySet();
    /** What the view's phone may still hold from this host (cookie sessions, a Status object); kept across resets. */
    private final PhoneResidue residue = new PhoneResidue();
    /** The routes its previous test mounted: a request for one of them after the reset is that test's, arriving late. */
    private final java.util.Set<String> retired = ConcurrentHashMap.newKeySet();
    private static final String LATE = "late request for a route of the phone's previous test: ";
    private final Map<String, ServiceHost> viewsByName = new ConcurrentHashMap<>();
    private final Map<String, ServiceHost> viewsByAddress = new ConcurrentHashMap<>();
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
        this.routes = new ConcurrentHashMap<>();
        this.log = new RequestJournal("service host");
        this.phoneClocks = new ConcurrentHashMap<>();
        this.host = null;
        this.phoneName = "";
        this.phoneAddress = "";
    }

    private ServiceHost(ServiceHost host, String phoneName, String phoneAddress) {
        this.bindAddress = host.bindAddress;
        this.requestedPort = host.requestedPort;
        this.aliasAddresses = host.aliasAddresses;
        this.clock = host.clock;
        this.authentication = new AuthenticationService(host.clock);
        this.routes = host.routes;
        // its own journal: a phone's flood or a busy neighbour cannot push out the requests its test still awaits
        this.log = new RequestJournal("service host (requests of " + phoneName + ")");
        this.phoneClocks = host.phoneClocks;
        this.host = host;
        this.phoneName = phoneName;
        this.phoneAddress = phoneAddress;
    }

    /**
     * The view of phone {@code phoneName} (its rig name) at {@code phoneAddress}; the same view for the same phone.
     * Its Authentication URL is its own ({@code /authenticate/NAME}); checks to the shared one are told apart by
     * the address they come from.
     */
    public ServiceHost forPhone(String phoneName, String phoneAddress) {
        if (host != null) {
            return host.forPhone(phoneName, phoneAddress);
        }
        ServiceHost view = viewsByName.computeIfAbsent(phoneName, n -> new ServiceHost(this, n, phoneAddress));
        viewsByAddress.putIfAbsent(phoneAddress, view);
        return view;
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
        if (host != null) {
            host.start();
            return this;
        }
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
        String path = exchange.getRequestURI().getPath();
        if (path.equals(AuthenticationService.PATH)) {
            viewsByAddress.getOrDefault(exchange.getRemoteAddress().getAddress().getHostAddress(), this)
                    .authentication.serve(exchange);
        } else if (path.startsWith(AuthenticationService.PATH + "/")
                && viewsByName.containsKey(path.substring(AuthenticationService.PATH.length() + 1))) {
            viewsByName.get(path.substring(AuthenticationService.PATH.length() + 1)).authentication.serve(exchange);
        } else {
            serve(exchange);
        }
    }

    /** Stops listening and forgets routes and recordings; calling it again does nothing. */
    public synchronized void stop() {
        if (host != null) {
            host.stop();
            return;
        }
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
    public String baseUrl() {
        return host != null ? host.baseUrl() : ownBaseUrl();
    }

    private synchronized String ownBaseUrl() {
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
    public String url(String path, int aliasIndex) {
        return host != null ? host.url(path, aliasIndex) : ownUrl(path, aliasIndex);
    }

    private synchronized String ownUrl(String path, int aliasIndex) {
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
        if (host != null) {
            mounted.add(path);
        }
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
        mounted.remove(path);
    }

    /** The next request not yet taken (from a view: from its phone; from the host: from a phone without a view). */
    public RecordedRequest takeRequest(Duration timeout) {
        return log.take(r -> true, "a request", timeout);
    }

    /** The next request not yet taken from the phone at {@code fromPhoneAddress}; others stay queued. */
    public RecordedRequest takeRequest(String fromPhoneAddress, Duration timeout) {
        return recorderOf(fromPhoneAddress).take(r -> r.from().equals(fromPhoneAddress),
                "a request from " + fromPhoneAddress, timeout);
    }

    /** Fails when a request not yet taken is waiting, or one arrives within {@code window} (as takeRequest sees). */
    public void expectNoRequest(Duration window) {
        log.expectNone(window);
    }

    /** The journal that records what {@code address} sends: its phone's view's, or the host's own. */
    private RequestJournal recorderOf(String address) {
        ServiceHost root = host == null ? this : host;
        return root.viewsByAddress.getOrDefault(address, root).log;
    }

    /** What {@code address}'s phone may still hold from this host: its view's, or the host's own. */
    private PhoneResidue residueOf(String address) {
        ServiceHost root = host == null ? this : host;
        return root.viewsByAddress.getOrDefault(address, root).residue;
    }

    /**
     * What this view's phone may still hold from the host since its last clean start: the servers where it got or
     * sent cookies, and whether a Status object was served to it. The per-test reset takes it.
     */
    public PhoneResidue residue() {
        return residue;
    }

    /**
     * Stamps the requests from {@code phoneAddress} with that phone's clock instead of the host's: a virtual phone
     * whose clock the bench drives makes its timed requests (Refresh) at its own time, and their gaps are judged in
     * it. Real phones keep the host's wall clock.
     */
    public void stampWithClockOf(String phoneAddress, Supplier<Instant> phoneClock) {
        phoneClocks.put(phoneAddress, phoneClock);
    }

    /**
     * Every request since the last reset, taken or not: a view's, its phone's, in order of arrival; the host's, every
     * phone's, by arrival time. Each phone's journal keeps its newest 1000 / 4 MiB at most.
     */
    public List<RecordedRequest> requests() {
        if (host != null || viewsByName.isEmpty()) {
            return log.all();
        }
        List<RecordedRequest> all = new java.util.ArrayList<>(log.all());
        viewsByName.values().forEach(view -> all.addAll(view.log.all()));
        all.sort(java.util.Comparator.comparing(RecordedRequest::receivedAt));
        return all;
    }

    /**
     * The recorded requests (a view's: its phone's), to await with a deadline ({@link RequestJournal#await}) and to
     * say how many were dropped to keep the log bounded.
     */
    public RequestJournal journal() {
        return log;
    }

    /** Throws an AssertionError listing the requests the host could not serve since the last reset. */
    public void assertNoFailures() {
        assertNoFailures(r -> true, host == null ? "" : " from " + phoneName);
    }

    /**
     * Throws an AssertionError listing the requests from {@code phoneAddress} the host could not serve since the last
     * reset: a phone that fetched a route the test never mounted did not do what the test meant.
     */
    public void assertNoFailures(String phoneAddress) {
        assertNoFailures(r -> r.from().equals(phoneAddress), " from " + phoneAddress);
    }

    private void assertNoFailures(java.util.function.Predicate<RecordedRequest> whose, String from) {
        List<RecordedRequest> failed = requests().stream().filter(whose).filter(r -> r.failure().isPresent())
                .toList();
        if (!failed.isEmpty() && failed.stream().allMatch(r -> r.failure().orElse("").startsWith(LATE))) {
            // the previous test ended (on a deadline) with its phone's fetch still on the way: this test cannot be
            // judged on it, and the phone did nothing wrong that the bench can show
            throw new BenchInfrastructureException("a request of the phone's previous test arrived during this one"
                    + from + " (the host was too slow for that test's deadline): " + failed.stream()
                    .map(RecordedRequest::line).collect(Collectors.joining(", ")));
        }
        if (!failed.isEmpty()) {
            throw new AssertionError("expected every request" + from + " to be served by the service host, "
                    + failed.size() + " failed: " + failed.stream().map(RecordedRequest::line)
                    .collect(Collectors.joining(", ")));
        }
    }

    /** The Authentication URL route; its checks are kept apart from the service requests a trace judges. */
    public AuthenticationService authentication() {
        return authentication;
    }

    /** The Authentication URL to configure on phones (a virtual phone gets it from the rig session). */
    public String authenticationUrl() {
        return baseUrl() + AuthenticationService.PATH + (host == null ? "" : "/" + phoneName);
    }

    /** Forgets routes and recordings, between tests; a view only its own phone's. */
    public void reset() {
        authentication.reset();
        if (host != null) {
            retired.clear();
            retired.addAll(mounted);
            mounted.forEach(routes::remove);
            mounted.clear();
            log.clear();
            return;
        }
        routes.clear();
        log.clear();
        viewsByName.values().forEach(ServiceHost::reset);
    }

    private void serve(HttpExchange exchange) {
        try {
            String from = exchange.getRemoteAddress().getAddress().getHostAddress();
            Instant receivedAt = phoneClocks.getOrDefault(from, clock::instant).get();
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
            boolean sessionEnd = path.equals(SessionEnd.PATH);
            ServiceResponse response = sessionEnd ? SessionEnd.answer(header(exchange, "Cookie")) : routes.get(path);
            ServiceHost view = viewsByAddress.get(from);
            if (response == null && failure.isEmpty() && view != null && view.retired.contains(path)) {
                failure = Optional.of(LATE + path);
            } else if (response == null && failure.isEmpty()) {
                failure = Optional.of("no route at " + path + "; mounted: " + new TreeSet<>(routes.keySet()));
            }
            Answer answer = failure.map(f -> new Answer(f.startsWith("no route") || f.startsWith(LATE) ? 404 : 413,
                            "text/plain; charset=utf-8", f.getBytes(java.nio.charset.StandardCharsets.UTF_8), List.of()))
                    .orElseGet(() -> answer(exchange, response));
            RecordedRequest request = RecordedRequest.arrived(exchange.getRemoteAddress().getAddress()
                    .getHostAddress(), exchange.getRequestMethod(), target, exchange.getRequestHeaders(), body,
                    receivedAt).answered(answer.contentType());
            // recorded before the answer goes out: a test that awaits the request then sees it at once
            recorderOf(from).add(failure.map(request::failed).orElse(request), failure.isEmpty());
            if (!sessionEnd) {
                residueOf(from).note(header(exchange, "Host").orElseGet(() -> exchange.getLocalAddress()
                        .getHostString() + ":" + exchange.getLocalAddress().getPort()),
                        header(exchange, "Cookie").isPresent(),
                        answer.headers().stream().anyMatch(h -> h.name().equalsIgnoreCase("Set-Cookie")),
                        response != null && response.content() instanceof ServiceResponse.Text t
                                && t.text().contains("<CiscoIPPhoneStatus"));
            }
            send(exchange, answer);
        } catch (IOException e) {
            // the phone hung up mid-answer; its request is recorded already
        } finally {
            exchange.close();
        }
    }

    /** What the host answers: the Content-Type is recorded with the request, so judges never replay it. */
    private record Answer(int status, String contentType, byte[] body, List<ServiceResponse.Header> headers) {
    }

    private static Answer answer(HttpExchange exchange, ServiceResponse response) {
        String charsetParam = response.declareCharset()
                ? "; charset=" + response.charset().name().toLowerCase(Locale.ROOT) : "";
        ServiceResponse.Content content = response.content();
        if (content instanceof ServiceResponse.Text text) {
            return new Answer(response.status(), text.mediaType() + charsetParam,
                    text.text().getBytes(response.charset()), response.headers());
        } else if (content instanceof ServiceResponse.Binary binary) {
            return new Answer(response.status(), binary.mediaType(), binary.bytes(), response.headers());
        } else if (content instanceof ServiceResponse.Image image) {
            if (ImageNegotiation.wantsPng(header(exchange, "x-CiscoIPPhoneDisplay"), header(exchange, "Accept"))) {
                return new Answer(response.status(), "image/png", Png.encode(image.image()),
                        response.headers());
            }
            return new Answer(response.status(), "text/xml" + charsetParam,
                    ImageNegotiation.cip(image.image()).getBytes(response.charset()), response.headers());
        }
        throw new IllegalStateException("unknown service response content " + content);
    }

    private static Optional<String> header(HttpExchange exchange, String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        byte[] body = answer.body();
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        answer.headers().forEach(h -> exchange.getResponseHeaders().add(h.name(), h.value()));
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
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
        return (host != null ? "ServiceHost view of " + phoneName + "[" : "ServiceHost[") + bindAddress + ":"
                + requestedPort + ", aliases=" + aliasAddresses + ", routes=" + routes.keySet() + "]";
    }
}
