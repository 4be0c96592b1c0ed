package io.phonebench.emulator.httpd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpHandler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The servers of one JVM share a timer thread (head deadlines, idle timeouts). Each server's connector once managed
 * that timer as its own, so stopping a server (a virtual phone at every power-off) stopped it for all: the others then
 * timed nothing, or failed to time a new connection and hung up on it unanswered (a correct phone refused a push
 * because the service host had closed the connection of its Authentication URL check).
 */
class BoundedHttpServerLifecycleTest {
    private static final HttpHandler OK = exchange -> {
        byte[] body = "ok".getBytes(StandardCharsets.US_ASCII);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    };
    private static final InetSocketAddress ANY = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    @Test
    void aServerStoppingLeavesTheOthersTimingAndServingTheirConnections() throws IOException {
        ServerLimits quickHead = ServerLimits.serviceHost().withHeaderDeadline(Duration.ofMillis(300));
        try (BoundedHttpServer staying = BoundedHttpServer.open(ANY, OK, quickHead, "staying")) {
            for (int cycle = 0; cycle < 3; cycle++) {
                BoundedHttpServer.open(ANY, OK, ServerLimits.phone(), "power-cycled-" + cycle).close();

                assertEquals("HTTP/1.1 200 OK", statusLine(staying.address()), "cycle " + cycle);
                assertEquals(-1, readFromSilentConnection(staying.address()),
                        "cycle " + cycle + ": a connection that sends no request head is closed at its deadline");
            }
            assertEquals(3, staying.expiredConnections());
        }
    }

    /**
     * Jetty reports a connection listener that threw (the per-address cap is one) at INFO and closes that connection
     * unanswered: that report must show, while Jetty's INFO chatter (a line per server start) stays off.
     */
    @Test
    void jettyReportsAFailingConnectionListenerButNotItsStarts() throws IOException {
        BoundedHttpServer.open(ANY, OK, ServerLimits.phone(), "logging").close();

        assertTrue(LoggerFactory.getLogger("org.eclipse.jetty.io.AbstractConnection").isInfoEnabled(),
                "Jetty's listener failures are logged");
        assertFalse(LoggerFactory.getLogger("org.eclipse.jetty.server.Server").isInfoEnabled(),
                "Jetty's start lines are not");
    }

    private static String statusLine(InetSocketAddress server) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(server, 5000);
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /check HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String line = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return line == null ? "(closed without an answer)" : line;
        }
    }

    /** -1 when the server closes the silent connection within 5 s; -2 when it keeps it open. */
    private static int readFromSilentConnection(InetSocketAddress server) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(server, 5000);
            socket.setSoTimeout(5000);
            return socket.getInputStream().read();
        } catch (SocketTimeoutException kept) {
            return -2;
        }
    }
}
