package io.phonebench.emulator.httpd;

import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.Invocable.InvocationType;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * An HTTP/1.1 server on one address for the servers the phones' network can reach (a virtual phone's face, the
 * bench's service host), with every cost a client can impose bounded by {@link ServerLimits}: a deadline for the
 * request head, an idle timeout, a cap on connections per client address, a request-head size limit. Jetty reads
 * heads on its selector, so idle or slow connections hold no handler thread and never block accepting. The one door
 * to Jetty: handlers keep the JDK's {@link HttpHandler} API.
 */
public final class BoundedHttpServer implements AutoCloseable {
    static final String LISTENER_FAILURES = "org.slf4j.simpleLogger.log.org.eclipse.jetty.io.AbstractConnection";

    static {
        // Jetty announces every start at INFO; a run starts a server per phone boot. Warnings still show.
        if (System.getProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        }
        // Except where Jetty reports a connection listener that threw (ConnectionsPerAddress), which it does at
        // INFO: such a connection is closed unanswered, and at WARN nothing would say why.
        if (System.getProperty(LISTENER_FAILURES) == null) {
            System.setProperty(LISTENER_FAILURES, "info");
        }
    }

    /** One timer thread for the idle timeouts and head deadlines of every server in the JVM; no server stops it. */
    private static final Scheduler TIMERS = startedScheduler();
    /** One buffer pool for every server in the JVM, so hundreds of virtual phones do not each keep buffers. */
    private static final ByteBufferPool BUFFERS = new ArrayByteBufferPool();

    private final Server server;
    private final ServerConnector connector;
    private final ConnectionsPerAddress connections;
    private final Serving serving;
    private final String host;

    private BoundedHttpServer(Server server, ServerConnector connector, ConnectionsPerAddress connections,
                              Serving serving, String host) {
        this.server = server;
        this.connector = connector;
        this.connections = connections;
        this.serving = serving;
        this.host = host;
    }

    /**
     * Binds and starts serving {@code handler} for every path.
     *
     * @param threadName prefix of the handler threads' names
     * @throws IOException when the address cannot be bound (in use, not local)
     */
    public static BoundedHttpServer open(InetSocketAddress bind, HttpHandler handler, ServerLimits limits,
                                         String threadName) throws IOException {
        return open(bind, handler, null, limits, threadName);
    }

    /**
     * Binds and starts serving {@code handler} for every path, answering the requests {@code quick} names on the
     * thread that read them.
     *
     * @param quick      which requests need no waiting; null: none, every request goes to a handler thread
     * @param threadName prefix of the handler threads' names
     * @throws IOException when the address cannot be bound (in use, not local)
     */
    public static BoundedHttpServer open(InetSocketAddress bind, HttpHandler handler, QuickAnswers quick,
                                         ServerLimits limits, String threadName) throws IOException {
        // The selector thread is leased from the pool for good; the rest handle requests and time out when idle. An
        // idle server holds the selector thread only, as the JDK server held its dispatcher: hundreds of phones fit.
        // Idle after 5 s, not 30: Jetty hands each new connection's set-up to a pool thread, which then waited 30 s,
        // so a fleet whose clients had just connected kept a second thread a phone, 2,000 stacks more for every young
        // pause to scan. Handlers of quick answers run on the selector and need none.
        QueuedThreadPool threads = new QueuedThreadPool(limits.threads() + 1, 1, 5_000);
        threads.setName(threadName);
        threads.setDaemon(true);
        threads.setReservedThreads(0);
        threads.setStopTimeout(1000);
        // The JVM's buffer pool, not one per server: a pool's buckets and counters cost a virtual phone 60 KB of heap.
        Server server = new Server(threads, null, BUFFERS);
        server.setStopTimeout(0);

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(limits.maxHeaderBytes());
        // Recorded as sent: tests probe phones with odd targets (encoded slashes, dot segments) a phone accepts.
        http.setUriCompliance(UriCompliance.UNSAFE);
        // No acceptor thread: the selector accepts, so a client that connects and says nothing blocks no one.
        ServerConnector connector = new ServerConnector(server, null, TIMERS, BUFFERS, 0, 1,
                new HttpConnectionFactory(http));
        // The timer thread is the JVM's, not this server's. Left to the connector's lifecycle it was stopped with a
        // server (a virtual phone's power-off), and every other server's head deadlines and idle timeouts went
        // untimed or failed, closing new connections unanswered.
        connector.unmanage(TIMERS);
        connector.setHost(bind.getAddress().getHostAddress());
        connector.setPort(bind.getPort());
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.setAcceptedTcpNoDelay(true);   // headers and body must not wait on a delayed ACK (~40 ms)
        connector.setAcceptQueueSize(64);
        connector.setReuseAddress(true);
        ConnectionsPerAddress connections = new ConnectionsPerAddress(limits.connectionsPerAddress(),
                limits.headerDeadline(), TIMERS);
        connector.addBean(connections);
        server.addConnector(connector);
        Serving serving = new Serving(handler, quick, connections);
        server.setHandler(serving);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            if (e instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot serve HTTP on " + bind + ": " + e, e);
        }
        return new BoundedHttpServer(server, connector, connections, serving, bind.getAddress().getHostAddress());
    }

    /** The bound address: the host as given, the port as bound (an ephemeral one when 0 was asked). */
    public InetSocketAddress address() {
        return new InetSocketAddress(host, connector.getLocalPort());
    }

    /** Connections open now, all clients together. */
    public int openConnections() {
        return connections.openConnections();
    }

    /** Connections closed on arrival because their client address held its cap already. */
    public int refusedConnections() {
        return connections.refused();
    }

    /** Connections closed because no complete request head came within the deadline. */
    public int expiredConnections() {
        return connections.expired();
    }

    /** Requests answered on the thread that read them ({@link QuickAnswers}), since the server started. */
    public long answeredAtOnce() {
        return serving.answeredAtOnce.get();
    }

    /** Stops at once: the port is released, open connections are closed, waiting handlers are interrupted. */
    @Override
    public void close() {
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping is best effort; the listening socket is closed first
        }
    }

    private static Scheduler startedScheduler() {
        ScheduledExecutorScheduler scheduler = new ScheduledExecutorScheduler("http-server-timers", true);
        try {
            scheduler.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the HTTP servers' timer thread: " + e, e);
        }
        return scheduler;
    }

    /**
     * Every path to the one handler, as the JDK server's "/" context did. Without {@link QuickAnswers}, Jetty hands
     * each request to a handler thread (the handler may block). With them, Jetty calls this on the thread that read
     * the request head: the body is read ahead without blocking, and a quick request is answered right there, its
     * answer written without blocking; any other goes to a handler thread.
     */
    private static final class Serving extends Handler.Abstract {
        private static final byte[] NO_BODY = new byte[0];

        private final HttpHandler handler;
        private final QuickAnswers quick;
        private final ConnectionsPerAddress connections;
        private final AtomicLong answeredAtOnce = new AtomicLong();

        Serving(HttpHandler handler, QuickAnswers quick, ConnectionsPerAddress connections) {
            super(quick == null ? InvocationType.BLOCKING : InvocationType.NON_BLOCKING);
            this.handler = handler;
            this.quick = quick;
            this.connections = connections;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Connection connection = request.getConnectionMetaData().getConnection();
            connections.headComplete(connection);
            URI uri;
            try {
                uri = new URI(request.getHttpURI().getPathQuery());
            } catch (URISyntaxException | NullPointerException e) {
                Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400,
                        "request target is not a URI");
                return true;
            }
            if (quick == null) {
                serve(request, response, callback, uri, null, false);   // already on a handler thread
                return true;
            }
            long length = request.getLength();
            if (length < 0 && !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
                length = 0;   // neither a length nor chunks: a request without a body (RFC 9112 section 6.3)
            }
            if (length == 0) {
                serveReadAhead(request, response, callback, uri, NO_BODY);
            } else if (length < 0 || length > QuickAnswers.BODY_READ_AHEAD) {
                // a chunked or large body streams to the handler, which may wait for it: never on this thread
                request.getComponents().getExecutor().execute(() -> serve(request, response, callback, uri, null,
                        false));
            } else {
                // Completes here when the body came with the head, else when the rest arrives: a non-blocking
                // promise is then called on the selector rather than handed to a new thread, so a quick request whose
                // body came late is still answered without a hand-off.
                Content.Source.asByteArrayAsync(request, (int) length, Promise.Invocable.from(
                        InvocationType.NON_BLOCKING, body -> serveReadAhead(request, response, callback, uri, body),
                        callback::failed));
            }
            return true;
        }

        private void serveReadAhead(Request request, Response response, Callback callback, URI uri, byte[] body) {
            if (quick.quick(request.getMethod(), uri.getRawPath(), body)) {
                answeredAtOnce.incrementAndGet();
                serve(request, response, callback, uri, body, true);
            } else {
                request.getComponents().getExecutor().execute(() -> serve(request, response, callback, uri, body,
                        false));
            }
        }

        private void serve(Request request, Response response, Callback callback, URI uri, byte[] readAhead,
                           boolean answerAtOnce) {
            Connection connection = request.getConnectionMetaData().getConnection();
            JettyExchange exchange = new JettyExchange(request, response, uri, readAhead, answerAtOnce);
            Throwable failure = null;
            try {
                handler.handle(exchange);
            } catch (IOException | RuntimeException e) {
                failure = e;
            }
            exchange.finish(failure, new Callback() {
                @Override
                public void succeeded() {
                    connections.requestDone(connection);   // the next head on this connection gets its own deadline
                    callback.succeeded();
                }

                @Override
                public void failed(Throwable x) {
                    callback.failed(x);
                }

                @Override
                public InvocationType getInvocationType() {
                    return callback.getInvocationType();
                }
            });
        }
    }
}
