package io.phonebench.emulator.virtual;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** One boot's HTTP server: bound while the phone is READY, closed (connection refused) when power goes. */
final class HttpFace {
    static {
        // The JDK server writes headers and body as two packets; with Nagle on, delayed ACK holds the second back
        // ~40 ms on every answer. Phones answer at once, so must their virtual twins. Read when the first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final int THREADS = 8;
    private static final int QUEUE = 128;

    private final HttpServer server;
    private final ThreadPoolExecutor executor;

    private HttpFace(HttpServer server, ThreadPoolExecutor executor) {
        this.server = server;
        this.executor = executor;
    }

    static HttpFace open(InetSocketAddress bind, HttpHandler handler, String threadPrefix) throws IOException {
        AtomicInteger n = new AtomicInteger();
        // Bounded both ways; when full, the accepting thread runs the request itself, which slows intake down.
        ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), r -> {
                    Thread t = new Thread(r, threadPrefix + "-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        // An idle phone holds no worker threads: a JVM hosting hundreds of virtual phones stays small.
        executor.allowCoreThreadTimeOut(true);
        try {
            HttpServer server = HttpServer.create(bind, 50);
            server.createContext("/", handler);
            server.setExecutor(executor);
            server.start();
            return new HttpFace(server, executor);
        } catch (IOException | RuntimeException e) {
            executor.shutdownNow();
            throw e;
        }
    }

    void close() {
        try {
            server.stop(0);
        } finally {
            executor.shutdownNow();
        }
    }
}
