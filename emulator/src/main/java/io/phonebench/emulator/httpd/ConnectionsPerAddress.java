package io.phonebench.emulator.httpd;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caps the connections each client address holds and closes those that deliver no request head in time: the first
 * head of a new connection, and every later head on a kept-alive one (a client must not send one request and then
 * trickle the next head forever). Jetty reads heads on its selector, so a slow client costs no thread; this bounds
 * how many sockets and for how long.
 */
final class ConnectionsPerAddress implements Connection.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionsPerAddress.class);
    private final int cap;
    private final Duration headerDeadline;
    private final Scheduler scheduler;
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();
    private final Map<Connection, HeadClock> counted = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger expired = new AtomicInteger();
    /** How often the sweep looks at every head clock: a quarter of the deadline, at least 10 ms. */
    private final long pollInterval;
    /** Whether a sweep is scheduled or running; none is while the server has no connection. */
    private final AtomicBoolean sweeping = new AtomicBoolean();

    ConnectionsPerAddress(int cap, Duration headerDeadline, Scheduler scheduler) {
        this.cap = cap;
        this.headerDeadline = headerDeadline;
        this.scheduler = scheduler;
        this.pollInterval = Math.max(TimeUnit.MILLISECONDS.toNanos(10), headerDeadline.toNanos() / 4);
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress client = client(connection);
        boolean[] admitted = new boolean[1];
        open.compute(client, (a, held) -> {
            int n = held == null ? 0 : held;
            admitted[0] = n < cap;
            return admitted[0] ? n + 1 : held;
        });
        if (!admitted[0]) {
            refused.incrementAndGet();
            LOG.debug("{} holds {} connections to {}, the cap: closing its new one", client.getHostAddress(), cap,
                    connection.getEndPoint().getLocalSocketAddress());
            connection.getEndPoint().close();
            return;
        }
        HeadClock clock = new HeadClock(connection, client);
        clock.awaitHead();
        counted.put(connection, clock);
        startSweeping();
    }

    @Override
    public void onClosed(Connection connection) {
        release(connection);
    }

    /** Gives the connection's slot back, once. */
    private void release(Connection connection) {
        HeadClock clock = counted.remove(connection);
        if (clock != null) {
            clock.stop();
            // the address it was counted under: a closed socket no longer knows its peer
            open.computeIfPresent(clock.client, (a, n) -> n <= 1 ? null : n - 1);
        }
    }

    /** The connection delivered a whole request head: while it is handled only the idle timeout applies. */
    void headComplete(Connection connection) {
        HeadClock clock = counted.get(connection);
        if (clock != null) {
            clock.headArrived();
        }
    }

    /** The answer to the connection's request is done: the next head on it has a deadline of its own. */
    void requestDone(Connection connection) {
        HeadClock clock = counted.get(connection);
        if (clock != null) {
            clock.betweenRequests();
        }
    }

    int openConnections() {
        return open.values().stream().mapToInt(Integer::intValue).sum();
    }

    int refused() {
        return refused.get();
    }

    int expired() {
        return expired.get();
    }

    private static InetAddress client(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : InetAddress.getLoopbackAddress();
    }

    /**
     * Checks every connection's head clock, then comes back a poll interval later while any connection is open. One
     * task a server, not one a request: a task scheduled and cancelled around every request took the lock of the
     * JVM's one timer queue twice a request, from every server's selector, and made a task a request that the
     * collector then found written into long-lived objects.
     */
    private void sweep() {
        for (HeadClock clock : counted.values()) {
            clock.check();
        }
        sweeping.set(false);
        // a connection counted while this sweep was ending found it still running: start the next one for it
        if (!counted.isEmpty()) {
            startSweeping();
        }
    }

    private void startSweeping() {
        if (sweeping.compareAndSet(false, true)) {
            scheduler.schedule(this::sweep, pollInterval, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * The head deadline of one connection. A new connection's clock runs from the moment it opens. Between requests
     * a kept-alive connection may stay silent (the idle timeout covers that); its clock starts with the first byte
     * of the next head. The sweep sees that byte, and a deadline passed, a poll interval (a quarter of the deadline)
     * late at most: a head is cut off between one and 1.25 deadlines after its first byte, or after the connection
     * opened for its first head. Each request only sets a few fields here; no timer is scheduled for it.
     */
    private final class HeadClock {
        private final Connection connection;
        private final InetAddress client;
        // guarded by this
        private boolean waiting;        // a head is expected and not complete
        private long bytesAtRest;       // bytes in when the last answer was done
        private long firstByteNanos;    // when bytes of the next head were first seen; 0 while silent

        HeadClock(Connection connection, InetAddress client) {
            this.connection = connection;
            this.client = client;
        }

        /** A new connection: its first head must be complete within the deadline from now. */
        synchronized void awaitHead() {
            waiting = true;
            firstByteNanos = System.nanoTime();
        }

        synchronized void headArrived() {
            waiting = false;
        }

        synchronized void betweenRequests() {
            waiting = true;
            bytesAtRest = connection.getBytesIn();
            firstByteNanos = 0;
        }

        synchronized void stop() {
            waiting = false;
        }

        /** From the sweep: notes the first byte of a head, and closes the connection once its head is late. */
        private void check() {
            synchronized (this) {
                if (!waiting || !connection.getEndPoint().isOpen()) {
                    return;
                }
                long now = System.nanoTime();
                if (firstByteNanos == 0 && connection.getBytesIn() > bytesAtRest) {
                    firstByteNanos = now;
                }
                if (firstByteNanos == 0 || now - firstByteNanos < headerDeadline.toNanos()) {
                    return;
                }
                waiting = false;
            }
            expired.incrementAndGet();
            LOG.debug("{}: no complete request head within {} ms: closing the connection", client.getHostAddress(),
                    headerDeadline.toMillis());
            release(connection);   // before the close, so the client finds its slot free once it sees EOF
            connection.getEndPoint().close();
        }
    }
}
