package io.phonebench.emulator.virtual;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes a {@link Reply} on the wire, bent by the body-shaping faults when one is due. */
final class ReplySender {
    private final PowerLine power;

    ReplySender(PowerLine power) {
        this.power = power;
    }

    void send(HttpExchange exchange, Reply reply) throws IOException {
        writeHeaders(exchange, reply, reply.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply.body());
        }
    }

    void send(HttpExchange exchange, Reply reply, Fault fault) throws IOException {
        if (fault instanceof Fault.SlowBody slow) {
            sendSlowly(exchange, reply, slow);
        } else if (fault instanceof Fault.TruncatedBody cut) {
            sendTruncated(exchange, reply, cut.keptBytes());
        } else if (fault instanceof Fault.HttpStatus status) {
            send(exchange, new Reply(status.status(), "text/plain",
                    ("injected HTTP " + status.status()).getBytes(StandardCharsets.US_ASCII)));
        } else {
            send(exchange, reply);
        }
    }

    private void sendSlowly(HttpExchange exchange, Reply reply, Fault.SlowBody slow) throws IOException {
        byte[] body = reply.body();
        writeHeaders(exchange, reply, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int at = 0; at < body.length; at += slow.chunkBytes()) {
                out.write(body, at, Math.min(slow.chunkBytes(), body.length - at));
                out.flush();
                if (at + slow.chunkBytes() < body.length && power.sleepUnlessDown(slow.pause())) {
                    return;
                }
            }
        }
    }

    /**
     * Promises the whole body, sends part of it, then fails the exchange: the JDK server closes a connection whose
     * handler throws, so the client sees a premature end of the body rather than a stall.
     */
    private void sendTruncated(HttpExchange exchange, Reply reply, int kept) throws IOException {
        byte[] body = reply.body();
        writeHeaders(exchange, reply, body.length);
        OutputStream out = exchange.getResponseBody();
        int sent = Math.min(kept, body.length);
        out.write(body, 0, sent);
        out.flush();
        throw new IOException("truncated-body fault: dropped the connection after " + sent + " of " + body.length
                + " bytes");
    }

    private static void writeHeaders(HttpExchange exchange, Reply reply, int length) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.getResponseHeaders().set("Expires", "Thu, 26 Oct 1995 00:00:00 GMT");
        exchange.sendResponseHeaders(reply.status(), length == 0 ? -1 : length);
    }
}
