package io.phonebench.emulator.httpd;

import java.time.Duration;

/**
 * What one client may cost a server the phones' network can reach.
 *
 * @param headerDeadline        a new connection must deliver a complete request head within this, or it is closed:
 *                              a half-open or trickling connection cannot hold a slot for long
 * @param idleTimeout           a kept-alive connection silent this long is closed
 * @param connectionsPerAddress open connections one client address may hold; more are closed as they arrive, so a
 *                              flood from one address leaves the others served
 * @param maxHeaderBytes        request line plus headers; larger heads are refused with 431
 * @param threads               requests handled at once; header reads need no thread
 */
public record ServerLimits(Duration headerDeadline, Duration idleTimeout, int connectionsPerAddress,
                           int maxHeaderBytes, int threads) {
    public ServerLimits {
        if (headerDeadline == null || headerDeadline.isNegative() || headerDeadline.isZero()) {
            throw new IllegalArgumentException("header deadline: expected a positive duration, saw " + headerDeadline);
        }
        if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idle timeout: expected a positive duration, saw " + idleTimeout);
        }
        if (connectionsPerAddress < 1 || maxHeaderBytes < 1024 || threads < 1) {
            throw new IllegalArgumentException("server limits: expected at least 1 connection per address, 1024 "
                    + "header bytes and 1 thread, saw " + connectionsPerAddress + ", " + maxHeaderBytes + ", "
                    + threads);
        }
    }

    /**
     * A phone's HTTP face: the bench keeps at most a few connections per phone; 30 s idle as the JDK server had.
     * 32 KiB of head leaves room for long GET queries (service URLs) and eight cookies.
     */
    public static ServerLimits phone() {
        return new ServerLimits(Duration.ofSeconds(10), Duration.ofSeconds(30), 32, 32 * 1024, 8);
    }

    /** The service host: each phone fetches from its own address, a few fetches at once. */
    public static ServerLimits serviceHost() {
        return new ServerLimits(Duration.ofSeconds(10), Duration.ofSeconds(30), 32, 32 * 1024, 32);
    }

    public ServerLimits withHeaderDeadline(Duration deadline) {
        return new ServerLimits(deadline, idleTimeout, connectionsPerAddress, maxHeaderBytes, threads);
    }

    public ServerLimits withConnectionsPerAddress(int connections) {
        return new ServerLimits(headerDeadline, idleTimeout, connections, maxHeaderBytes, threads);
    }
}
