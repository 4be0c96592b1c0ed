package io.phonebench.emulator.network;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.phonebench.emulator.serial.ChannelListener;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A KMtronic LAN relay board's HTTP face on loopback: {@code /FFxxyy} switches relay xx (hex) off (00) or on (01)
 * and answers 200; {@code /status.xml} lists {@code <relayN>0|1</relayN>}; anything else is 404. Faults for tests:
 * {@link #hang} (accepts, never answers), {@link #dropConnections} (closes the connection before answering),
 * {@link #garbleStatus} (status.xml without relay elements), {@link #ignoreCommands} (relays never move).
 */
public final class SimulatedKmtronicLanRelay implements AutoCloseable {
    private static final Pattern COMMAND = Pattern.compile("/FF([0-9A-F]{2})(0[01])");

    private final boolean[] relays;
    private final ChannelListener listener;
    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile boolean hang;
    private volatile boolean drop;
    private volatile boolean garble;
    private volatile boolean ignore;

    private SimulatedKmtronicLanRelay(int channels, ChannelListener listener, InetAddress bind) throws IOException {
        this.relays = new boolean[channels + 1];
        this.listener = listener;
        this.server = HttpServer.create(new InetSocketAddress(bind, 0), 8);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "kmtronic-lan-twin");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public static SimulatedKmtronicLanRelay start(int channels, InetAddress bind, ChannelListener listener) {
        try {
            return new SimulatedKmtronicLanRelay(channels, listener, bind);
        } catch (IOException e) {
            throw new UncheckedIOException("simulated KMtronic LAN board: could not listen on " + bind, e);
        }
    }

    public String url() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + "/";
    }

    /** Every request path, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public void hang(boolean hang) {
        this.hang = hang;
    }

    public void dropConnections(boolean drop) {
        this.drop = drop;
    }

    public void garbleStatus(boolean garble) {
        this.garble = garble;
    }

    public void ignoreCommands(boolean ignore) {
        this.ignore = ignore;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(path);
        if (hang) {
            try {
                released.await(30, TimeUnit.SECONDS);   // until close(): a peer that never answers
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        if (drop) {
            exchange.close();   // the request was read; the connection goes before any answer
            return;
        }
        Matcher command = COMMAND.matcher(path);
        String body;
        if (command.matches()) {
            int relay = Integer.parseInt(command.group(1), 16);
            if (relay < 1 || relay >= relays.length) {
                reply(exchange, 404, "no relay " + relay);
                return;
            }
            boolean on = command.group(2).equals("01");
            synchronized (this) {
                if (!ignore && relays[relay] != on) {
                    relays[relay] = on;
                    listener.changed(relay, on);
                }
            }
            body = "";
        } else if (path.equals("/status.xml")) {
            StringBuilder xml = new StringBuilder("<response>\n");
            synchronized (this) {
                for (int i = 1; i < relays.length; i++) {
                    xml.append(garble ? "<r>" + i + "</r>\n" : "<relay" + i + ">" + (relays[i] ? 1 : 0) + "</relay"
                            + i + ">\n");
                }
            }
            body = xml.append("</response>\n").toString();
        } else {
            reply(exchange, 404, "not found");
            return;
        }
        reply(exchange, 200, body);
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
