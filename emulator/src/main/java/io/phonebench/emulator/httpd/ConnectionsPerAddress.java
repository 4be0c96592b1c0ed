package io.phonebench.emulator.httpd;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
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

    ConnectionsPerAddress(int cap, Duration headerDeadline, Scheduler scheduler) {
        this.cap = cap;
        this.headerDeadline = headerDeadline;
        this.scheduler = scheduler;
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
        counted.put(connection, clock);
        clock.awaitHead();
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
     * The head deadline of one connection. A new connection's clock runs from the moment it opens. Between requests
     * a kept-alive connection may stay silent (the idle timeout covers that); its clock starts with the first byte
     * of the next head, which is seen by polling the connection's byte count a few times per deadline, so a head
     * that has begun is cut off between one and 1.25 deadlines after its first byte.
     */
    private final class HeadClock {
        private final Connection connection;
        private final InetAddress client;
        // guarded by this
        private long generation;        // which head the scheduled check belongs to
        private boolean waiting;        // a head is expected and not complete
        private long bytesAtRest;       // bytes in when the last answer was done
        private long firstByteNanos;    // when bytes of the next head were first seen; 0 while silent
        private Scheduler.Task task;

        HeadClock(Connection connection, InetAddress client) {
            this.connection = connection;
            this.client = client;
        }

        /** A new connection: its first head must be complete within the deadline from now. */
        synchronized void awaitHead() {
            waiting = true;
            firstByteNanos = System.nanoTime();
            schedule(headerDeadline.toNanos());
        }

        synchronized void headArrived() {
            waiting = false;
            generation++;
            cancel();
        }

        synchronized void betweenRequests() {
            waiting = true;
            generation++;
            bytesAtRest = connection.getBytesIn();
            firstByteNanos = 0;
            schedule(pollInterval());
        }

        synchronized void stop() {
            waiting = false;
            generation++;
            cancel();
        }

        private long pollInterval() {
            return Math.max(TimeUnit.MILLISECONDS.toNanos(10), headerDeadline.toNanos() / 4);
        }

        private void schedule(long nanos) {
            cancel();
            long forGeneration = generation;
            task = scheduler.schedule(() -> check(forGeneration), nanos, TimeUnit.NANOSECONDS);
        }

        private void cancel() {
            if (task != null) {
                task.cancel();
                task = null;
            }
        }

        private void check(long forGeneration) {
            boolean expire;
            synchronized (this) {
                if (!waiting || forGeneration != generation || !connection.getEndPoint().isOpen()) {
                    return;
                }
                long now = System.nanoTime();
                if (firstByteNanos == 0 && connection.getBytesIn() > bytesAtRest) {
                    firstByteNanos = now;
                }
                expire = firstByteNanos != 0 && now - firstByteNanos >= headerDeadline.toNanos();
                if (!expire) {
                    long left = firstByteNanos == 0 ? pollInterval()
                            : Math.min(pollInterval(), headerDeadline.toNanos() - (now - firstByteNanos));
                    schedule(Math.max(1, left));
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
