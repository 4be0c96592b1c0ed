package io.phonebench.emulator.virtual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.emulator.httpd.ServerLimits;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Half-open connections (a request head begun and never finished) once froze a virtual phone at about 140: the JDK
 * server read heads on its 8 workers. A flood from one address must leave other addresses served, and the
 * flooding connections must be closed once the head deadline has passed.
 */
@Tag("reliability")
class PhoneConnectionFloodTest {
    private static final String PHONE = "127.0.17.1";
    private static final String FLOODER = "127.0.17.2";
    private static final String BENCH = "127.0.17.3";
    private static final int HALF_OPEN = 200;
    /** Bounds every read of the test so that a reproduced freeze fails instead of hanging the build. */
    private static final int READ_GUARD_MS = 60_000;

    private final List<Socket> flood = new ArrayList<>();
    private VirtualPhone phone;

    @AfterEach
    void cleanUp() throws IOException {
        for (Socket s : flood) {
            s.close();
        }
        if (phone != null) {
            phone.close();
        }
    }

    @Test
    void anotherAddressIsServedWhileOneFloodsWithHalfOpenConnections() throws IOException {
        power(VirtualPhone.builder(PhoneCatalog.standard().model("CP-7970G")));
        openHalfOpenConnections(HALF_OPEN);

        long started = System.nanoTime();
        String status = statusLine(BENCH, "/DeviceInformationX");
        System.out.printf("phone flood: %d half-open connections from %s; %s answered in %d ms%n", HALF_OPEN,
                FLOODER, BENCH, (System.nanoTime() - started) / 1_000_000);

        assertEquals("HTTP/1.1 200 OK", status);
    }

    @Test
    void halfOpenConnectionsAreClosedAfterTheHeadDeadline() throws IOException {
        power(VirtualPhone.builder(PhoneCatalog.standard().model("CP-7970G"))
                .serverLimits(ServerLimits.phone().withHeaderDeadline(Duration.ofMillis(500))));
        openHalfOpenConnections(HALF_OPEN);

        for (Socket s : flood) {
            assertTrue(closedByPeer(s), "the phone keeps a connection that never finished its head open");
        }
        assertEquals("HTTP/1.1 200 OK", statusLine(FLOODER, "/DeviceInformationX"),
                "the flooding address is served again once its connections are gone");
    }

    @Test
    void aKeptAliveConnectionThatTricklesItsSecondHeadIsCutOff() throws IOException {
        power(VirtualPhone.builder(PhoneCatalog.standard().model("CP-7970G"))
                .serverLimits(ServerLimits.phone().withHeaderDeadline(Duration.ofMillis(300))));
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(FLOODER), 0));
            s.connect(new InetSocketAddress(PHONE, phone.uri().getPort()), READ_GUARD_MS);
            s.setSoTimeout(READ_GUARD_MS);
            s.getOutputStream().write("GET /DeviceInformationX HTTP/1.1\r\nHost: phone\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            skipAnswer(in);

            // The second head never ends: one header byte at a time, each well inside the idle timeout. Only the
            // head deadline can end this; the loop's own bound is what fails the test if it does not.
            s.getOutputStream().write("GET /DeviceInformationX HTTP/1.1\r\nX-Slow: "
                    .getBytes(StandardCharsets.US_ASCII));
            boolean cutOff = false;
            for (int i = 0; i < 600 && !cutOff; i++) {
                try {
                    s.getOutputStream().write('a');
                    s.getOutputStream().flush();
                    s.setSoTimeout(50);   // pacing only: a read that times out means "still open", the loop goes on
                    cutOff = in.read() < 0;
                } catch (SocketTimeoutException stillOpen) {
                    // the phone keeps reading
                } catch (SocketException reset) {
                    cutOff = true;
                }
            }
            assertTrue(cutOff, "a kept-alive connection trickled its second request head for 600 reads and the "
                    + "phone kept it open: only the first head of a connection had a deadline");
        }
    }

    /** Reads one Content-Length answer from {@code in}. */
    private static void skipAnswer(InputStream in) throws IOException {
        String head = RawHttpMessage.read(in);
        assertTrue(head.toLowerCase(Locale.ROOT).contains("content-length:"),
                "expected a Content-Length in the first answer: " + head);
    }

    private void power(VirtualPhone.Builder builder) {
        phone = builder.address(PHONE).bootTime(Duration.ZERO).build();
        phone.start();
        phone.awaitReady(Duration.ofSeconds(30));
    }

    private void openHalfOpenConnections(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            Socket s = new Socket();
            s.bind(new InetSocketAddress(InetAddress.getByName(FLOODER), 0));
            s.connect(new InetSocketAddress(PHONE, phone.uri().getPort()), READ_GUARD_MS);
            flood.add(s);
            try {
                s.getOutputStream().write("GET /DeviceInformationX HTTP/1.1\r\nHost: phone\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
            } catch (SocketException closedAlready) {
                // over the per-address cap: the phone closed it on arrival, which is what it should do
            }
        }
    }

    /** One request from {@code from} on a fresh connection; the status line of the answer. */
    private String statusLine(String from, String path) throws IOException {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            s.connect(new InetSocketAddress(PHONE, phone.uri().getPort()), READ_GUARD_MS);
            s.setSoTimeout(READ_GUARD_MS);
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: phone\r\nConnection: close\r\n\r\n")
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
