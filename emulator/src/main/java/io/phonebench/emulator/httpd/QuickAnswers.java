package io.phonebench.emulator.httpd;

import com.sun.net.httpserver.HttpExchange;

/**
 * Which requests a handler answers with CPU work alone: no sleep, no network call, no lock held for long. The server
 * answers those on the thread that read them, and hands the others to a handler thread as it does every request of a
 * server without quick answers.
 *
 * <p>A request's hand-off costs two thread wake-ups (the handler thread's, then the selector's to resume reading):
 * answering on the reading thread cut a fleet of virtual phones' CPU per push and screenshot by a fifth. A handler
 * that waits on that thread stalls every connection of its server, which is why the handler decides, per request, and
 * answers false whenever it may wait.
 */
@FunctionalInterface
public interface QuickAnswers {
    /** A body larger than this, or of unknown length (chunked), is never read ahead: the handler streams it. */
    int BODY_READ_AHEAD = 64 * 1024;

    /**
     * Whether answering this request needs no waiting.
     *
     * @param body the whole request body, read ahead ({@link #BODY_READ_AHEAD} bytes at most)
     */
    boolean quick(String method, String path, byte[] body);

    /**
     * Runs {@code action} once the exchange's answer has left, or failed, so an array its body was written from can
     * be used again. Call it after the body is written. A quick answer leaves after its handler returns, from the
     * arrays it was written from; a streamed one has left when the handler returns; an exchange of another server
     * (the JDK's) has sent what was written by the time the write returned, so the action runs at once.
     */
    static void afterAnswer(HttpExchange exchange, Runnable action) {
        if (exchange instanceof JettyExchange jetty) {
            jetty.afterAnswer(action);
        } else {
            action.run();
        }
    }
}
