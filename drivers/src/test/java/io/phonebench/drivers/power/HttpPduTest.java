package io.phonebench.drivers.power;

import com.sun.net.httpserver.HttpServer;
import io.phonebench.drivers.BenchInfrastructureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Against a pdudaemon stand-in: a JDK HttpServer on loopback that records what it is asked. */
class HttpPduTest {
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile boolean stall;
    private HttpServer daemon;

    @BeforeEach
    void startDaemon() throws IOException {
        daemon = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        daemon.setExecutor(Executors.newCachedThreadPool());
        daemon.createContext("/power/control/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            if (stall) {
                awaitRelease();
            }
            byte[] body = (status == 200 ? "OK" : "unknown PDU").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        daemon.start();
    }

    private void awaitRelease() {
        try {
            release.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterEach
    void stopDaemon() {
        release.countDown();
        daemon.stop(0);
    }

    /** Generous timeout: the JDK's first HTTP request in a JVM can take a second on a loaded CI machine. */
    private HttpPdu outlet(int port) {
        return outlet(port, Duration.ofSeconds(5));
    }

    private HttpPdu outlet(int port, Duration timeout) {
        URI uri = URI.create("http://127.0.0.1:" + daemon.getAddress().getPort());
        return new HttpPdu(uri, "pdu-rack2", port, Duration.ofMillis(3200), SafeState.ON, timeout);
    }

    @Test
    void sendsOnOffAndRebootInPdudaemonForm() {
        HttpPdu pdu = outlet(7);
        pdu.on();
        pdu.off();
        pdu.cycle();
        assertEquals(List.of(
                "GET /power/control/on?hostname=pdu-rack2&port=7",
                "GET /power/control/off?hostname=pdu-rack2&port=7",
                "GET /power/control/reboot?hostname=pdu-rack2&port=7&delay=4"), requests);
    }

    @Test
    void cannotReadOutletStateBack() {
        assertEquals(Optional.empty(), outlet(1).state());
    }

    @Test
    void refusalNamesDaemonPduOutletAndStatus() {
        status = 500;
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class, () -> outlet(2).on());
        assertTrue(error.getMessage().endsWith("PDU 'pdu-rack2' outlet 2: expected HTTP 200 for 'on', saw HTTP 500"
                + " 'unknown PDU'"), error.getMessage());
    }

    @Test
    void stalledDaemonFailsWithinTheTimeout() {
        stall = true;
        long start = System.nanoTime();
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class,
                () -> outlet(3, Duration.ofMillis(500)).off());
        long tookMs = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(tookMs < 3000, "gave up after " + tookMs + " ms");
        assertTrue(error.getMessage().endsWith("saw no answer within 500 ms"), error.getMessage());
    }
}
