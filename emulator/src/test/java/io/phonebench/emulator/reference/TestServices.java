package io.phonebench.emulator.reference;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A service web server on loopback for the reference phone to fetch from; routes by path (query ignored). */
final class TestServices implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();

    record Page(int status, Map<String, List<String>> headers, byte[] body) {
    }

    TestServices() {
        this("127.0.0.1");
    }

    TestServices(String address) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.merge(path, 1, Integer::sum);
            Page page = pages.getOrDefault(path, new Page(404, Map.of(), new byte[0]));
            page.headers().forEach((k, vs) -> vs.forEach(v -> exchange.getResponseHeaders().add(k, v)));
            exchange.sendResponseHeaders(page.status(), page.body().length == 0 ? -1 : page.body().length);
            if (page.body().length > 0) {
                exchange.getResponseBody().write(page.body());
            }
            exchange.close();
        });
        server.start();
    }

    URI url(String path) {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + path);
    }

    TestServices xml(String path, String xml, String... headerPairs) {
        return page(path, "text/xml; charset=utf-8", xml.getBytes(StandardCharsets.UTF_8), headerPairs);
    }

    TestServices page(String path, String contentType, byte[] body, String... headerPairs) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", List.of(contentType));
        }
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.merge(headerPairs[i], List.of(headerPairs[i + 1]),
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
        }
        pages.put(path, new Page(200, headers, body));
        return this;
    }

    TestServices text(String path, String contentType, String body, Charset charset) {
        return page(path, contentType, body.getBytes(charset));
    }

    int hits(String path) {
        return hits.getOrDefault(path, 0);
    }

    static String menu(String title, String... nameUrlPairs) {
        StringBuilder b = new StringBuilder("<CiscoIPPhoneMenu><Title>" + title + "</Title><Prompt>Pick</Prompt>");
        for (int i = 0; i < nameUrlPairs.length; i += 2) {
            b.append("<MenuItem><Name>").append(nameUrlPairs[i]).append("</Name><URL>").append(nameUrlPairs[i + 1])
                    .append("</URL></MenuItem>");
        }
        return b.append("</CiscoIPPhoneMenu>").toString();
    }

    static String text(String title, String text) {
        return "<CiscoIPPhoneText><Title>" + title + "</Title><Text>" + text + "</Text></CiscoIPPhoneText>";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
