package io.phonebench.emulator.httpd;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Caps the connections each client address holds and closes those that deliver no request head in time. Jetty reads
 * heads on its selector, so a slow client costs no thread; this bounds how many sockets and for how long.
 */
final class ConnectionsPerAddress implements Connection.Listener {
    private final int cap;
    private final Duration headerDeadline;
    private final Scheduler scheduler;
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();
    private final Set<Connection> counted = ConcurrentHashMap.newKeySet();
    private final Set<Connection> answered = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger expired = new AtomicInteger();

    ConnectionsPerAddress(int cap, Duration headerDeadline, Scheduler scheduler) {
        this.cap = cap;
        this.headerDeadline = headerDeadline;
        this.scheduler = scheduler;
    }

    @Override
    public void onOpened(Connection connection) {
        boolean[] admitted = new boolean[1];
        open.compute(client(connection), (a, held) -> {
            int n = held == null ? 0 : held;
            admitted[0] = n < cap;
            return admitted[0] ? n + 1 : held;
        });
        if (!admitted[0]) {
            refused.incrementAndGet();
            connection.getEndPoint().close();
            return;
        }
        counted.add(connection);
        scheduler.schedule(() -> {
            if (!answered.contains(connection) && connection.getEndPoint().isOpen()) {
                expired.incrementAndGet();
                release(connection);   // before the close, so the client finds its slot free once it sees EOF
                connection.getEndPoint().close();
            }
        }, headerDeadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void onClosed(Connection connection) {
        answered.remove(connection);
        release(connection);
    }

    /** Gives the connection's slot back, once. */
    private void release(Connection connection) {
        if (counted.remove(connection)) {
            open.computeIfPresent(client(connection), (a, n) -> n <= 1 ? null : n - 1);
        }
    }

    /** The connection delivered a whole request head: from now on only the idle timeout applies to it. */
    void headComplete(Connection connection) {
        answered.add(connection);
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
}
