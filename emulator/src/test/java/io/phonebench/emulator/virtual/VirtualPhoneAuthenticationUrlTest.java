package io.phonebench.emulator.virtual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.phonebench.emulator.catalog.PhoneCatalog;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Authentication URL: a push's credentials go to it as UserID, Password and devicename; only AUTHORIZED lets the
 * push through; UN-AUTHORIZED, extra text or an unreachable server give CiscoIPPhoneError Number="4".
 */
class VirtualPhoneAuthenticationUrlTest {
    private static final String AUTH_ERROR = "<CiscoIPPhoneError Number=\"4\" />";
    private static final String TEXT = "<CiscoIPPhoneText><Text>hi</Text></CiscoIPPhoneText>";

    private final List<String> forwarded = new CopyOnWriteArrayList<>();
    private volatile String answer = "AUTHORIZED";
    private HttpServer server;
    private VirtualPhone phone;
    private BenchSideClient bench;

    private void power(URI authenticationUrl) throws Exception {
        phone = VirtualPhone.builder(PhoneCatalog.standard().model("CP-7970G")).address("127.0.1.31")
                .credentials("bench", "local-only").bootTime(Duration.ZERO).authenticationUrl(authenticationUrl)
                .build();
        phone.start();
        phone.awaitReady(Duration.ofSeconds(5));
        bench = new BenchSideClient(phone);
    }

    private URI authenticationServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/authenticate", exchange -> {
            forwarded.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/authenticate");
    }

    @AfterEach
    void stop() throws Exception {
        if (bench != null) {
            bench.close();
        }
        if (phone != null) {
            phone.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void authorizedPushRunsAndItsCredentialsWereForwarded() throws Exception {
        power(authenticationServer());

        BenchSideClient.Answer pushed = bench.push(TEXT, "alice", "pa ss");

        assertTrue(pushed.text().contains("CiscoIPPhoneResponse"), pushed.text());
        assertEquals(List.of("UserID=alice&Password=pa+ss&devicename=" + phone.identity().hostName()), forwarded);
    }

    @Test
    void unAuthorizedAnswerGivesErrorFour() throws Exception {
        power(authenticationServer());
        answer = "UN-AUTHORIZED";

        assertEquals(AUTH_ERROR, bench.push(TEXT, "bench", "local-only").text());
    }

    @Test
    void extraTextGivesErrorFour() throws Exception {
        power(authenticationServer());
        answer = "AUTHORIZED, but only on Sundays";

        assertEquals(AUTH_ERROR, bench.push(TEXT, "bench", "local-only").text());
    }

    @Test
    void unreachableServerGivesErrorFour() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        power(URI.create("http://127.0.0.1:" + closedPort + "/authenticate"));

        assertEquals(AUTH_ERROR, bench.push(TEXT, "bench", "local-only").text());
    }

    /** A check within {@link AuthenticationUrl#REUSE_WITHIN} of the last goes out on the last one's connection. */
    @Test
    void checksOfSuccessivePushesShareOneConnection() throws Exception {
        record Check(long arrivedNanos, int clientPort) {
        }
        List<Check> checks = new CopyOnWriteArrayList<>();
        URI url = authenticationServer();
        server.createContext("/ports", exchange -> {
            checks.add(new Check(System.nanoTime(), exchange.getRemoteAddress().getPort()));
            byte[] body = "AUTHORIZED".getBytes(StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        power(url.resolve("/ports"));

        for (int i = 0; i < 3; i++) {
            assertTrue(bench.push(TEXT, "bench", "local-only").text().contains("CiscoIPPhoneResponse"));
        }

        assertEquals(3, checks.size(), checks.toString());
        // A connection idles less than the time between two checks' arrivals: under the window, it must be reused.
        // (Only a host stalled for the whole window between two pushes would leave a pair out.)
        int judged = 0;
        for (int i = 1; i < checks.size(); i++) {
            if (checks.get(i).arrivedNanos() - checks.get(i - 1).arrivedNanos()
                    < AuthenticationUrl.REUSE_WITHIN.toNanos()) {
                judged++;
                assertEquals(checks.get(i - 1).clientPort(), checks.get(i).clientPort(),
                        "check " + (i + 1) + " came on a new connection: " + checks);
            }
        }
        assertTrue(judged > 0, "no two checks came within " + AuthenticationUrl.REUSE_WITHIN + ": " + checks);
    }

    /**
     * A server may close a kept-alive connection whenever it likes, without saying so in its answer: the next check
     * must go out on a new connection, not fail on the closed one and refuse a correct push.
     */
    @Test
    void aConnectionTheServerClosedAfterItsAnswerIsNotReused() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            Semaphore closed = new Semaphore(0);
            Thread serving = new Thread(() -> answerOnceAndClose(listener, closed), "closing-authentication-server");
            serving.setDaemon(true);
            serving.start();
            power(URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/authenticate"));

            for (int i = 0; i < 3; i++) {
                assertTrue(bench.push(TEXT, "bench", "local-only").text().contains("CiscoIPPhoneResponse"),
                        "push " + (i + 1));
                assertTrue(closed.tryAcquire(5, TimeUnit.SECONDS), "the server closed the connection of check "
                        + (i + 1));
            }
        }
    }

    /** Answers AUTHORIZED, kept-alive as HTTP/1.1 implies, then closes the connection: one request per connection. */
    private static void answerOnceAndClose(ServerSocket listener, Semaphore closed) {
        while (!listener.isClosed()) {
            try (Socket connection = listener.accept()) {
                connection.setSoTimeout(5_000);
                RawHttpMessage.read(connection.getInputStream());
                connection.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                        + "Content-Length: 10\r\n\r\nAUTHORIZED").getBytes(StandardCharsets.US_ASCII));
                connection.getOutputStream().flush();
            } catch (IOException e) {
                return;   // the listener closed at the end of the test
            } finally {
                closed.release();
            }
        }
    }

    @Test
    void networkConfigurationShowsTheAuthenticationUrl() throws Exception {
        URI url = authenticationServer();
        power(url);

        String page = bench.get("/NetworkConfigurationX").text();

        assertTrue(page.contains("<AuthenticationURL>" + url + "</AuthenticationURL>"), page);
    }
}
