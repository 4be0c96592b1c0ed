package io.phonebench.emulator.httpd;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.QuietException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * One Jetty request seen through the JDK's {@link HttpExchange}, so the phones' and the service host's handlers keep
 * their API while Jetty does the transport. Semantics follow the JDK server's: {@code sendResponseHeaders(code, -1)}
 * is an empty body, {@code 0} a chunked one whose headers leave at once; with a known length they leave with the
 * body's first bytes. An exchange closed without an answer, or whose handler fails after answering, drops the
 * connection (what a phone's reset looks like).
 */
final class JettyExchange extends HttpExchange {
    private final Request request;
    private final Response response;
    private final URI uri;
    private final Headers requestHeaders = new Headers();
    private final Headers responseHeaders = new Headers();
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();
    /** The body of a quick answer, sent when the handler returns; null when the body streams. */
    private final HeldBody held;
    /** What runs once the answer has left or failed, or null: see {@link QuickAnswers#afterAnswer}. */
    private Runnable afterAnswer;
    private InputStream in;
    private OutputStream out;
    private int status = -1;
    private boolean closed;
    private boolean dropped;

    /**
     * @param readAhead the whole request body when it was read before the handler ran, or null to stream it
     * @param quick     whether the answer is held and sent when the handler returns, without blocking: the handler runs
     *                  on the thread that reads the server's connections, which must never wait on a write
     */
    JettyExchange(Request request, Response response, URI uri, byte[] readAhead, boolean quick) {
        this.request = request;
        this.response = response;
        this.uri = uri;
        for (HttpField field : request.getHeaders()) {
            requestHeaders.add(field.getName(), field.getValue());
        }
        this.in = readAhead != null ? new ByteArrayInputStream(readAhead) : Content.Source.asInputStream(request);
        this.held = quick ? new HeldBody() : null;
    }

    @Override
    public Headers getRequestHeaders() {
        return requestHeaders;
    }

    @Override
    public Headers getResponseHeaders() {
        return responseHeaders;
    }

    @Override
    public URI getRequestURI() {
        return uri;
    }

    @Override
    public String getRequestMethod() {
        return request.getMethod();
    }

    /** There are no contexts: one handler serves every path of the server. */
    @Override
    public HttpContext getHttpContext() {
        throw new UnsupportedOperationException("one handler serves every path; there is no HttpContext");
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            in.close();
        } catch (IOException ignored) {
            // what is left of the request body is not read
        }
        if (status < 0) {
            drop();
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            drop();
        }
    }

    @Override
    public InputStream getRequestBody() {
        return in;
    }

    @Override
    public OutputStream getResponseBody() {
        if (out == null) {
            throw new IllegalStateException("sendResponseHeaders() must come before the response body");
        }
        return out;
    }

    @Override
    public void sendResponseHeaders(int code, long length) throws IOException {
        if (status >= 0) {
            throw new IOException("headers already sent");
        }
        status = code;
        response.setStatus(code);
        responseHeaders.forEach((name, values) -> values.forEach(v -> response.getHeaders().add(name, v)));
        if (length > 0) {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, length);
        } else if (length < 0) {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0L);
        }
        if (held != null) {
            out = held;   // leaves with the headers when the handler returns: see finish
            return;
        }
        out = Content.Sink.asOutputStream(response);
        if (length < 0) {
            out.close();   // no body: the answer is complete
        } else if (length == 0) {
            Content.Sink.write(response, false, BufferUtil.EMPTY_BUFFER);   // headers leave now, like the JDK's
        }
        // With a known length the headers leave with the first body bytes, as one write: every handler writes its
        // body right after (a body-shaping fault its first part), and a separate write of the headers cost each
        // answer a system call, a packet and a wake-up of the client's reading thread.
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return (InetSocketAddress) request.getConnectionMetaData().getRemoteSocketAddress();
    }

    @Override
    public int getResponseCode() {
        return status;
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return (InetSocketAddress) request.getConnectionMetaData().getLocalSocketAddress();
    }

    @Override
    public String getProtocol() {
        return request.getConnectionMetaData().getProtocol();
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    @Override
    public void setStreams(InputStream i, OutputStream o) {
        if (i != null) {
            in = i;
        }
        if (o != null) {
            out = o;
        }
    }

    @Override
    public HttpPrincipal getPrincipal() {
        return null;   // no authenticator: handlers check credentials themselves
    }

    /** Adds {@code action} to what runs once the answer has left; most exchanges have none, and pay nothing. */
    void afterAnswer(Runnable action) {
        Runnable before = afterAnswer;
        afterAnswer = before == null ? action : () -> {
            before.run();
            action.run();
        };
    }

    /**
     * After the handler returned or failed: completes the exchange, or drops the connection; then runs what waited
     * for the answer to leave.
     */
    void finish(Throwable failure, Callback done) {
        Callback callback = afterAnswer == null ? done : Callback.from(done, afterAnswer);
        if (held != null) {
            closed = true;
            if (failure == null && status >= 0) {
                held.send(response, callback);
                return;
            }
            // Nothing of a quick answer has left yet: a failed or unanswered one is a dropped connection, as a
            // streamed one cut off where it stood, not an error page Jetty would warn it could not write.
            drop();
            if (failure != null) {
                callback.failed(new QuietException.Exception("handler failed: " + failure, failure));
                return;
            }
        } else if (failure != null) {
            closed = true;   // a failed handler's answer is cut off where it stands
            drop();
        } else {
            close();
        }
        if (dropped) {
            // A handler that closes without answering does so on purpose (a test's unreachable server, a phone's
            // reset): Jetty logs a quiet failure at debug level, not a warning with a stack trace per drop.
            callback.failed(failure != null ? failure
                    : new QuietException.Exception("exchange closed without a complete answer"));
        } else {
            callback.succeeded();
        }
    }

    /**
     * A quick answer's body, kept as the handler wrote it and sent without blocking once the handler returns. The
     * arrays are kept, not copied (a screenshot is 200 KB): {@link QuickAnswers} handlers never change an array they
     * wrote.
     */
    private static final class HeldBody extends OutputStream {
        private final List<ByteBuffer> parts = new ArrayList<>(1);

        @Override
        public void write(int b) {
            parts.add(ByteBuffer.wrap(new byte[] {(byte) b}));
        }

        @Override
        public void write(byte[] b, int off, int len) {
            Objects.checkFromIndexSize(off, len, b.length);
            if (len > 0) {
                parts.add(ByteBuffer.wrap(b, off, len));
            }
        }

        /** Writes the parts one after the other (Jetty takes one write at a time), the last one ending the answer. */
        void send(Response response, Callback done) {
            sendFrom(0, response, done);
        }

        private void sendFrom(int part, Response response, Callback done) {
            if (part >= parts.size() - 1) {
                response.write(true, part < parts.size() ? parts.get(part) : BufferUtil.EMPTY_BUFFER, done);
                return;
            }
            response.write(false, parts.get(part), Callback.from(() -> sendFrom(part + 1, response, done),
                    done::failed));
        }
    }

    private void drop() {
        dropped = true;
        request.getConnectionMetaData().getConnection().getEndPoint().close();
    }
}
