package io.phonebench.emulator.httpd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpHandler;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A server with {@link QuickAnswers} answers the requests its handler calls quick on the thread that read them, and
 * every other one on a handler thread, so a handler that waits never stalls the server's other connections.
 */
class QuickAnswersTest {
    private static final InetSocketAddress ANY = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    private static final Duration PATIENCE = Duration.ofSeconds(5);
    /** A screenshot's size: far more than one socket write takes, so the answer leaves in several. */
    private static final byte[] LARGE = new byte[300 * 1024];

    static {
        Arrays.fill(LARGE, (byte) 'x');
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(PATIENCE).build();
    private BoundedHttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Answers /large with {@link #LARGE} in three writes, and echoes any other request's body after its path. */
    private static final HttpHandler WRITES_IN_PARTS = exchange -> {
        byte[] body = exchange.getRequestURI().getPath().equals("/large") ? LARGE
                : (exchange.getRequestURI().getPath() + ":" + new String(exchange.getRequestBody().readAllBytes(),
                        StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body, 0, 1);
            out.write(body[1]);
            out.write(body, 2, body.length - 2);
        }
    };

    @Test
    void aQuickAnswerLeavesWholeWithItsLength() throws Exception {
        server = BoundedHttpServer.open(ANY, WRITES_IN_PARTS, (method, path, body) -> true, ServerLimits.phone(),
                "quick");

        HttpResponse<byte[]> large = client.send(get("/large"), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<String> posted = client.send(HttpRequest.newBuilder(uri("/form")).timeout(PATIENCE)
                .POST(HttpRequest.BodyPublishers.ofString("XML=text")).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, large.statusCode());
        assertArrayEquals(LARGE, large.body());
        assertEquals(String.valueOf(LARGE.length), large.headers().firstValue("Content-Length").orElseThrow());
        assertEquals("/form:XML=text", posted.body(), "the body read ahead reaches the handler");
        assertEquals(2, server.answeredAtOnce());
    }

    @Test
    void aRequestThatMayWaitIsAnsweredOnAHandlerThreadWhileTheOthersAreServed() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch waiting = new CountDownLatch(1);
        HttpHandler handler = exchange -> {
            if (exchange.getRequestURI().getPath().equals("/slow")) {
                waiting.countDown();
                try {
                    release.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            WRITES_IN_PARTS.handle(exchange);
        };
        server = BoundedHttpServer.open(ANY, handler, (method, path, body) -> !path.equals("/slow"),
                ServerLimits.phone(), "mixed");

        CompletableFuture<HttpResponse<String>> slow = client.sendAsync(get("/slow"),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(waiting.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS), "the slow request reached its handler");
        HttpResponse<String> fast = client.send(get("/fast"), HttpResponse.BodyHandlers.ofString());
        assertEquals("/fast:", fast.body(), "answered while the slow one waits");
        release.countDown();

        assertEquals("/slow:", slow.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS).body());
        assertEquals(1, server.answeredAtOnce(), "only the fast request");
    }

    /** Expect: 100-continue holds the body back until the server asks for it, so it surely comes after the head. */
    @Test
    void aBodyThatComesAfterTheHeadIsReadAheadAsWell() throws Exception {
        server = BoundedHttpServer.open(ANY, WRITES_IN_PARTS, (method, path, body) -> true, ServerLimits.phone(),
                "late");

        try (Socket socket = new Socket(server.address().getAddress(), server.address().getPort())) {
            socket.setSoTimeout((int) PATIENCE.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("POST /late HTTP/1.1\r\nHost: phone\r\nContent-Length: 8\r\nExpect: 100-continue\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            assertEquals("HTTP/1.1 100 Continue", in.readLine(), "the server asked for the body");
            assertEquals("", in.readLine());
            out.write("XML=late".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            assertEquals("HTTP/1.1 200 OK", in.readLine());
            String line;
            while (!(line = in.readLine()).isEmpty()) {
                // headers
            }
            char[] body = new char["/late:XML=late".length()];
            // the answer's parts may come in separate segments: read until all of it is here
            for (int read = 0, n; read < body.length; read += n) {
                n = in.read(body, read, body.length - read);
                assertTrue(n > 0, "the connection ended after " + read + " characters of the body");
            }
            assertEquals("/late:XML=late", new String(body));
        }
        assertEquals(1, server.answeredAtOnce());
    }

    @Test
    void aChunkedBodyStreamsToAHandlerThread() throws Exception {
        server = BoundedHttpServer.open(ANY, WRITES_IN_PARTS, (method, path, body) -> true, ServerLimits.phone(),
                "chunked");
        byte[] sent = "XML=".concat("y".repeat(10_000)).getBytes(StandardCharsets.US_ASCII);

        // a body from a stream has no length: HTTP/1.1 sends it in chunks
        HttpResponse<String> posted = client.send(HttpRequest.newBuilder(uri("/chunked")).timeout(PATIENCE)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(sent))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals("/chunked:" + new String(sent, StandardCharsets.US_ASCII), posted.body());
        assertEquals(0, server.answeredAtOnce(), "a body of unknown length is never read ahead");
    }

    @Test
    void aQuickHandlerThatFailsOrLeavesWithoutAnAnswerDropsTheConnection() throws Exception {
        HttpHandler handler = exchange -> {
            if (exchange.getRequestURI().getPath().equals("/fails")) {
                exchange.sendResponseHeaders(200, 10);
                exchange.getResponseBody().write(new byte[5]);
                throw new IOException("the handler failed after half its answer");
            }
            exchange.close();
        };
        server = BoundedHttpServer.open(ANY, handler, (method, path, body) -> true, ServerLimits.phone(), "drops");

        // POST: the client would send a GET again on a dropped connection
        assertThrows(IOException.class, () -> client.send(post("/fails"), HttpResponse.BodyHandlers.ofString()));
        assertThrows(IOException.class, () -> client.send(post("/silent"), HttpResponse.BodyHandlers.ofString()));
        assertEquals(2, server.answeredAtOnce());
    }

    /**
     * An array lent to an answer goes back only once the answer has left: a quick answer leaves after its handler
     * returns, so an array reused at once would reach the client overwritten. Here "reused" zeroes it.
     */
    @ParameterizedTest(name = "answered at once: {0}")
    @ValueSource(booleans = {true, false})
    void anArrayLentToAnAnswerGoesBackOnceTheAnswerHasLeft(boolean quick) throws Exception {
        CountDownLatch handedBack = new CountDownLatch(2);
        HttpHandler handler = exchange -> {
            byte[] lent = LARGE.clone();
            exchange.sendResponseHeaders(200, lent.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(lent);
            }
            QuickAnswers.afterAnswer(exchange, () -> {
                Arrays.fill(lent, (byte) 0);
                handedBack.countDown();
            });
        };
        server = BoundedHttpServer.open(ANY, handler, (method, path, body) -> quick, ServerLimits.phone(), "lends");

        for (int i = 0; i < 2; i++) {
            assertArrayEquals(LARGE, client.send(get("/large"), HttpResponse.BodyHandlers.ofByteArray()).body());
        }

        assertTrue(handedBack.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS), "both arrays handed back");
        assertEquals(quick ? 2 : 0, server.answeredAtOnce());
    }

    @Test
    void anArrayLentToAnAnswerThatFailsGoesBackAsWell() throws Exception {
        CountDownLatch handedBack = new CountDownLatch(1);
        HttpHandler handler = exchange -> {
            exchange.sendResponseHeaders(200, 10);
            exchange.getResponseBody().write(new byte[5]);
            QuickAnswers.afterAnswer(exchange, handedBack::countDown);
            throw new IOException("the handler failed after half its answer");
        };
        server = BoundedHttpServer.open(ANY, handler, (method, path, body) -> true, ServerLimits.phone(), "fails");

        assertThrows(IOException.class, () -> client.send(post("/fails"), HttpResponse.BodyHandlers.ofString()));

        assertTrue(handedBack.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS));
    }

    private URI uri(String path) {
        return URI.create("http://" + server.address().getHostString() + ":" + server.address().getPort() + path);
    }

    private HttpRequest post(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(PATIENCE).POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(PATIENCE).GET().build();
    }
}
