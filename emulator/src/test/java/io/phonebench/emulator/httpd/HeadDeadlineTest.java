package io.phonebench.emulator.httpd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * The request-head deadline, checked by one sweep per server rather than a timer per request: a kept-alive
 * connection may rest between requests as long as its idle timeout allows, and each head, once begun, has the
 * deadline; the sweep stops while a server has no connection and starts again with the next.
 */
class HeadDeadlineTest {
    private static final Duration DEADLINE = Duration.ofMillis(200);
    private static final byte[] REQUEST = "GET /a HTTP/1.1\r\nHost: bench\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final HttpHandler OK = exchange -> {
        byte[] body = "ok".getBytes(StandardCharsets.US_ASCII);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    };

    @Test
    void aKeptAliveConnectionRestsBetweenRequestsLongerThanTheDeadlineAndIsServedAgain() throws IOException {
        try (BoundedHttpServer server = open(); Socket socket = connect(server)) {
            OutputStream out = socket.getOutputStream();
            out.write(REQUEST);
            out.flush();
            assertTrue(answer(socket.getInputStream()).startsWith("HTTP/1.1 200"));

            // four deadlines of silence after an answer: only the idle timeout (30 s) applies to it
            socket.setSoTimeout((int) DEADLINE.multipliedBy(4).toMillis());
            assertThrows(SocketTimeoutException.class, () -> socket.getInputStream().read(),
                    "a resting kept-alive connection was closed by the head deadline");

            socket.setSoTimeout(5000);
            out.write(REQUEST);
            out.flush();
            assertTrue(answer(socket.getInputStream()).startsWith("HTTP/1.1 200"));
            assertEquals(0, server.expiredConnections());
        }
    }

    @Test
    void theSweepStartsAgainForAConnectionOpenedAfterTheLastOneClosed() throws IOException {
        try (BoundedHttpServer server = open()) {
            for (int round = 1; round <= 3; round++) {
                try (Socket silent = connect(server)) {
                    assertEquals(-1, silent.getInputStream().read(), "round " + round + ": a silent connection"
                            + " is closed once its first head is late");
                }
                assertEquals(round, server.expiredConnections());
                assertEquals(0, server.openConnections(), "a closed connection gives its slot back first");
                // Longer than a poll interval (a quarter of the deadline): the sweep has found no connection and
                // ended, so the next connection must start another.
                LockSupport.parkNanos(DEADLINE.toNanos());
            }
        }
    }

    private static BoundedHttpServer open() throws IOException {
        return BoundedHttpServer.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), OK,
                ServerLimits.phone().withHeaderDeadline(DEADLINE), "head-deadline");
    }

    private static Socket connect(BoundedHttpServer server) throws IOException {
        Socket socket = new Socket();
        socket.connect(server.address(), 5000);
        socket.setSoTimeout(5000);
        return socket;
    }

    /** The status line and headers up to the blank line, then the two-byte body. */
    private static String answer(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int crlfs = 0;
        while (crlfs < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed mid-answer after: " + head);
            }
            head.write(b);
            crlfs = (b == '\r' || b == '\n') ? crlfs + 1 : 0;
        }
        assertEquals(2, in.readNBytes(2).length);
        return head.toString(StandardCharsets.US_ASCII);
    }
}
