package io.phonebench.emulator.virtual;

import com.sun.net.httpserver.HttpHandler;
import io.phonebench.emulator.httpd.BoundedHttpServer;
import io.phonebench.emulator.httpd.QuickAnswers;
import io.phonebench.emulator.httpd.ServerLimits;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * One boot's HTTP server: bound while the phone is READY, closed (connection refused) when power goes. Bounded as a
 * real phone must be: half-open or flooding clients are cut off by a head deadline and a per-address cap.
 */
final class HttpFace {
    private final BoundedHttpServer server;

    private HttpFace(BoundedHttpServer server) {
        this.server = server;
    }

    /** @param quick the requests answered on the thread that read them, the others on handler threads */
    static HttpFace open(InetSocketAddress bind, HttpHandler handler, QuickAnswers quick, ServerLimits limits,
                         String threadPrefix) throws IOException {
        return new HttpFace(BoundedHttpServer.open(bind, handler, quick, limits, threadPrefix));
    }

    void close() {
        server.close();
    }
}
