package io.phonebench.emulator.virtual;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * The phone's Authentication URL (seed, "The phone as HTTP server": invalid credentials, or an authentication URL not
 * set up, give CiscoIPPhoneError Number="4"; Cisco's Application Development Notes, "Authentication"): a push's
 * basic-authentication credentials are forwarded as {@code UserID}, {@code Password} and {@code devicename}, and only
 * an answer of {@code AUTHORIZED} lets the push through. {@code UN-AUTHORIZED}, any other text, an HTTP error or a
 * server that cannot be reached refuse it. The form goes in a POST body so the password never sits in a URL.
 */
final class AuthenticationUrl {
    static final String AUTHORIZED = "AUTHORIZED";
    /**
     * The whole check: connect, request, answer. Longer than a bench's 5 s push deadline, so a check that a loaded
     * host makes slow shows as a push answered too slowly (a deadline the bench reports), not as a refusal of good
     * credentials.
     */
    static final Duration TIMEOUT = Duration.ofSeconds(6);
    /** An answer is one word; anything much longer is not AUTHORIZED either. */
    private static final int MAX_ANSWER_BYTES = 16 * 1024;

    private final URI url;
    private final String deviceName;
    private final InetAddress from;

    private final boolean acceptsExtraText;
    private final boolean failsOpen;

    /** @param from the phone's own address: a phone sends the check from it, as it sends every request */
    AuthenticationUrl(URI url, String deviceName, FirmwareProfile profile, InetAddress from) {
        this.acceptsExtraText = profile.has(io.phonebench.emulator.deviation.Deviation
                .ACCEPTS_AUTHORIZED_WITH_EXTRA_TEXT);
        this.failsOpen = profile.has(io.phonebench.emulator.deviation.Deviation.AUTHORIZES_WHEN_UNREACHABLE);
        this.url = url;
        this.deviceName = deviceName;
        this.from = from;
    }

    URI url() {
        return url;
    }

    /** Whether the authentication server answers exactly AUTHORIZED for the push's Authorization header. */
    boolean authorizes(Optional<String> authorization) {
        Optional<String[]> credentials = authorization.flatMap(AuthenticationUrl::basic);
        if (credentials.isEmpty()) {
            return false;
        }
        String form = "UserID=" + encode(credentials.get()[0]) + "&Password=" + encode(credentials.get()[1])
                + "&devicename=" + encode(deviceName);
        try {
            Answer answer = post(form.getBytes(StandardCharsets.UTF_8));
            // a trailing line break is how servers end a line; any other text is not the one word the phone accepts
            String said = answer.body().strip();
            return answer.status() == 200 && (said.equals(AUTHORIZED) || (acceptsExtraText
                    && said.startsWith(AUTHORIZED)));
        } catch (IOException e) {
            return failsOpen;
        }
    }

    private record Answer(int status, String body) {
    }

    /**
     * One HTTP/1.0 POST on a connection of its own, on the calling thread: the check is a blocking exchange of a few
     * hundred bytes, and the JDK's HttpClient handed it between three threads (and kept a selector thread per
     * phone), which on a loaded host made checks time out. HTTP/1.0 keeps the answer plain (no chunks) and the
     * connection closes after it.
     */
    private Answer post(byte[] form) throws IOException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        int port = url.getPort() > 0 ? url.getPort() : 80;
        String target = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(url.getHost(), port), remainingMillis(deadline));
            socket.setTcpNoDelay(true);
            String head = "POST " + target + " HTTP/1.0\r\nHost: " + url.getHost() + ":" + port
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length
                    + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(form);
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            while (answer.size() <= MAX_ANSWER_BYTES) {
                socket.setSoTimeout(remainingMillis(deadline));
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                answer.write(buffer, 0, n);
                if (complete(answer.toByteArray())) {
                    break;   // a server that keeps the connection open anyway has said all it will
                }
            }
            return parse(answer.toByteArray());
        }
    }

    private static int remainingMillis(long deadline) throws SocketTimeoutException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException("no answer from the authentication URL within " + TIMEOUT.toSeconds()
                    + " s");
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }

    /** Whether the head is in and as many body bytes as it declares (no Content-Length: until the server closes). */
    private static boolean complete(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        for (String line : text.substring(0, end).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Content-Length")) {
                try {
                    return raw.length - end - 4 >= Long.parseLong(line.substring(colon + 1).trim());
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Status line and body of an HTTP/1.x answer; an answer without a status line is no answer. */
    private static Answer parse(byte[] raw) throws IOException {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String[] status = (end < 0 ? text : text.substring(0, end)).split("\r\n", 2)[0].split(" ", 3);
        if (end < 0 || status.length < 2 || !status[0].startsWith("HTTP/")) {
            throw new IOException("the authentication URL closed the connection without an answer");
        }
        int code;
        try {
            code = Integer.parseInt(status[1]);
        } catch (NumberFormatException e) {
            throw new IOException("the authentication URL answered a status line without a status: " + status[1]);
        }
        return new Answer(code, new String(raw, end + 4, raw.length - end - 4, StandardCharsets.UTF_8));
    }

    private static Optional<String[]> basic(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String pair = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new String[] {pair.substring(0, colon), pair.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
