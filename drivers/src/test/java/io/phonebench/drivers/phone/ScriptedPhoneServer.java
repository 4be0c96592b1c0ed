package io.phonebench.drivers.phone;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in phone on loopback: answers each path with a scripted reply and records every request, so tests can
 * check exactly what the client sent (form field, basic auth) and make the "phone" hang or flood.
 */
final class ScriptedPhoneServer implements AutoCloseable {

    /** What arrived: method, path, query, Authorization and Content-Type headers, body. */
    record Seen(String method, String path, String query, String authorization, String contentType, String body) {
    }

    /** A scripted answer; {@code hang} holds the exchange until the server closes. */
    record Answer(int status, String contentType, byte[] body, boolean hang, long floodBytes) {
        static Answer xml(String body) {
            return new Answer(200, "text/xml; charset=utf-8", body.getBytes(StandardCharsets.UTF_8), false, 0);
        }

        static Answer of(int status, String contentType, byte[] body) {
            return new Answer(status, contentType, body, false, 0);
        }

        static Answer hanging() {
            return new Answer(200, "text/xml", new byte[0], true, 0);
        }

        static Answer flood(long bytes) {
            return new Answer(200, "text/xml", new byte[0], false, bytes);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, List<Answer>> script = new ConcurrentHashMap<>();
    private final LinkedBlockingQueue<Seen> seen = new LinkedBlockingQueue<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    ScriptedPhoneServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    PhoneAddress address(String user, String password) {
        return new PhoneAddress("127.0.0.1", port(), user, password);
    }

    /** Answers for a path, used in turn; the last one repeats. */
    ScriptedPhoneServer on(String path, Answer... answers) {
        script.put(path, new ArrayList<>(List.of(answers)));
        return this;
    }

    Seen takeRequest(Duration timeout) throws InterruptedException {
        Seen s = seen.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (s == null) {
            throw new AssertionError("no request arrived within " + timeout);
        }
        return s;
    }

    int requestCount() {
        return seen.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), new String(body, StandardCharsets.UTF_8)));
            Answer answer = next(exchange.getRequestURI().getPath());
            if (answer.hang()) {
                closing.await(10, TimeUnit.SECONDS);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            if (answer.floodBytes() > 0) {
                exchange.sendResponseHeaders(answer.status(), 0);
                flood(exchange.getResponseBody(), answer.floodBytes());
                return;
            }
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            exchange.getResponseBody().write(answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Answer next(String path) {
        List<Answer> answers = script.get(path);
        if (answers == null) {
            return Answer.of(404, "text/plain", ("no script for " + path).getBytes(StandardCharsets.UTF_8));
        }
        synchronized (answers) {
            return answers.size() > 1 ? answers.remove(0) : answers.get(0);
        }
    }

    private static void flood(OutputStream out, long bytes) {
        byte[] chunk = new byte[64 * 1024];
        try {
            for (long sent = 0; sent < bytes; sent += chunk.length) {
                out.write(chunk);
            }
        } catch (IOException clientGaveUp) {
            // expected: the client aborts once it has read its limit
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
