package io.phonebench.bench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.emulator.httpd.ServerLimits;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The service host is the one bench address the phones' network reaches. About 33 half-open connections once
 * starved it (the JDK server read request heads on its 32 workers) and every test on every phone went BROKEN. A
 * flood from one address must leave the other phones served, and its connections must be closed after the head
 * deadline.
 */
@Tag("reliability")
class ServiceHostFloodTest {
    private static final String HOST = "127.0.18.1";
    private static final String FLOODER = "127.0.18.2";
    private static final String PHONE = "127.0.18.3";
    private static final int HALF_OPEN = 200;
    /** Bounds every read of the test so that a reproduced starvation fails instead of hanging the build. */
    private static final int READ_GUARD_MS = 60_000;

    private final List<Socket> flood = new ArrayList<>();
    private ServiceHost host;

    @AfterEach
    void cleanUp() throws IOException {
        for (Socket s : flood) {
            s.close();
        }
        if (host != null) {
            host.close();
        }
    }

    @Test
    void aPhoneIsServedWhileAnotherAddressFloodsWithHalfOpenConnections() throws IOException {
        host = new ServiceHost(HOST, 0, Clock.systemUTC()).start();
        host.mount("/menu", "<CiscoIPPhoneText><Text>hi</Text></CiscoIPPhoneText>");
        openHalfOpenConnections(HALF_OPEN);

        long started = System.nanoTime();
        String status = statusLine(PHONE, "/menu");
        System.out.printf("service host flood: %d half-open connections from %s; %s answered in %d ms%n",
                HALF_OPEN, FLOODER, PHONE, (System.nanoTime() - started) / 1_000_000);

        assertEquals("HTTP/1.1 200 OK", status);
        assertEquals(PHONE, host.takeRequest(Duration.ofSeconds(30)).from());
    }

    @Test
    void halfOpenConnectionsAreClosedAfterTheHeadDeadline() throws IOException {
        host = new ServiceHost(HOST, 0, Clock.systemUTC())
                .limits(ServerLimits.serviceHost().withHeaderDeadline(Duration.ofMillis(500))).start();
        host.mount("/menu", "<CiscoIPPhoneText><Text>hi</Text></CiscoIPPhoneText>");
        openHalfOpenConnections(HALF_OPEN);

        for (Socket s : flood) {
            assertTrue(closedByPeer(s), "the host keeps a connection that never finished its head open");
        }
        assertEquals("HTTP/1.1 200 OK", statusLine(FLOODER, "/menu"),
                "the flooding address is served again once its connections are gone");
    }

    @Test
    void backToBackShortConnectionsFromOneAddressAreAllServed() throws IOException {
        host = new ServiceHost(HOST, 0, Clock.systemUTC()).start();
        host.mount("/menu", "<CiscoIPPhoneText><Text>hi</Text></CiscoIPPhoneText>");
        int cap = ServerLimits.serviceHost().connectionsPerAddress();

        // each request on its own connection, closed by both sides before the next: none of them is still open, so
        // none may count against the cap (closing ones once did, and the 33rd was refused)
        for (int i = 0; i < cap * 4; i++) {
            PhoneRequest.Answer answer = PhoneRequest.get(PHONE, host.baseUrl(), "/menu");
            assertEquals(200, answer.status(), "request " + (i + 1) + " of " + cap * 4);
        }
        assertEquals(cap * 4, host.requests().size());
    }

    private void openHalfOpenConnections(int n) throws IOException {
        int port = URI.create(host.baseUrl()).getPort();
        for (int i = 0; i < n; i++) {
            Socket s = new Socket();
            s.bind(new InetSocketAddress(InetAddress.getByName(FLOODER), 0));
            s.connect(new InetSocketAddress(HOST, port), READ_GUARD_MS);
            flood.add(s);
            try {
                s.getOutputStream().write("GET /menu HTTP/1.1\r\nHost: host\r\n".getBytes(StandardCharsets.US_ASCII));
            } catch (SocketException closedAlready) {
                // over the per-address cap: the host closed it on arrival, which is what it should do
            }
        }
    }

    /** One request from {@code from} on a fresh connection; the status line of the answer. */
    private String statusLine(String from, String path) throws IOException {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            s.connect(new InetSocketAddress(HOST, URI.create(host.baseUrl()).getPort()), READ_GUARD_MS);
            s.setSoTimeout(READ_GUARD_MS);
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: host\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            StringBuilder line = new StringBuilder();
            InputStream in = s.getInputStream();
            for (int b = in.read(); b >= 0 && b != '\r'; b = in.read()) {
                line.append((char) b);
            }
            return line.toString();
        }
    }

    private static boolean closedByPeer(Socket s) throws IOException {
        s.setSoTimeout(READ_GUARD_MS);
        try {
            return s.getInputStream().read() < 0;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (SocketException reset) {
            return true;
        }
    }
}
