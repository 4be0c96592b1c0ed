package io.phonebench.bench.service;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A phone's HTTP GET/POST from its own loopback address (127.0.1.N), over a plain socket so the source address
 * can be chosen, as a virtual phone's client does.
 */
final class PhoneRequest {
    record Answer(int status, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        List<String> all(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).toList();
        }

        String text() {
            return new String(body, StandardCharsets.ISO_8859_1);
        }
    }

    private PhoneRequest() {
    }

    static Answer get(String fromAddress, String baseUrl, String target, String... headers) throws IOException {
        return send(fromAddress, baseUrl, "GET", target, new byte[0], headers);
    }

    static Answer send(String fromAddress, String baseUrl, String method, String target, byte[] body,
            String... headers) throws IOException {
        String hostPort = baseUrl.substring("http://".length());
        int colon = hostPort.lastIndexOf(':');
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(5000);
            socket.bind(new InetSocketAddress(fromAddress, 0));
            socket.connect(new InetSocketAddress(hostPort.substring(0, colon),
                    Integer.parseInt(hostPort.substring(colon + 1))), 5000);
            StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: " + hostPort
                    + "\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n");
            for (String h : headers) {
                request.append(h).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    private static Answer parse(byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        String head = new String(raw, 0, end, StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int c = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, c).trim(), k -> new ArrayList<>())
                    .add(lines[i].substring(c + 1).trim());
        }
        return new Answer(status, headers, Arrays.copyOfRange(raw, end + 4, raw.length));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("no end of headers in answer: " + new String(haystack,
                StandardCharsets.ISO_8859_1));
    }
}
