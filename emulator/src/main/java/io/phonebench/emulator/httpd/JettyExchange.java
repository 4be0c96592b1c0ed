package io.phonebench.emulator.httpd;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
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
    private InputStream in;
    private OutputStream out;
    private int status = -1;
    private boolean closed;
    private boolean dropped;

    JettyExchange(Request request, Response response, URI uri) {
        this.request = request;
        this.response = response;
        this.uri = uri;
        for (HttpField field : request.getHeaders()) {
            requestHeaders.add(field.getName(), field.getValue());
        }
        this.in = Content.Source.asInputStream(request);
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

    /** After the handler returned or failed: completes the exchange, or drops the connection. */
    void finish(Throwable failure, Callback callback) {
        if (failure != null) {
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

    private void drop() {
        dropped = true;
        request.getConnectionMetaData().getConnection().getEndPoint().close();
    }
}
