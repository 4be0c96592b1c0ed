package io.phonebench.drivers.phone;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Something at a phone's address that never finishes its answer: it sends response headers forever (one line every
 * 100 ms) or trickles its status line. Socket timeouts never fire because the peer is never silent; each request
 * must still end with a BROKEN "answered too slowly" once its one total deadline has passed.
 */
@Tag("reliability")
class PhoneAnswerDeadlineTest {
    /** Guards the test run against the hang being reproduced; the deadline under test is far shorter. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private ServerSocket listener;
    private PhoneClient client;

    @AfterEach
    void closeEverything() throws IOException {
        if (client != null) {
            client.close();
        }
        listener.close();
        for (Socket s : accepted) {
            s.close();
        }
    }

    @Test
    void endlessResponseHeadersEndEveryOperationAtTheDeadline() throws IOException {
        start(out -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n");
            for (int line = 0; ; line++) {
                write(out, "X-Still-Coming-" + line + ": yes\r\n");
                pause();
            }
        });

        assertTooSlow(() -> client.push(new CiscoIPPhoneText("T", null, "hello")));
        assertTooSlow(() -> client.screenshot());
        assertTooSlow(() -> client.deviceInformation());
        assertTooSlow(() -> client.networkConfiguration());
        assertTooSlow(() -> client.streamingStatistics(1));
    }

    @Test
    void trickledStatusLineEndsAtTheDeadline() throws IOException {
        start(out -> {
            byte[] status = "HTTP/1.1 200 OK".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; ; i = (i + 1) % status.length) {
                out.write(status[i]);
                out.flush();
                pause();
            }
        });

        assertTooSlow(() -> client.deviceInformation());
        assertTooSlow(() -> client.push(new CiscoIPPhoneText("T", null, "hello")));
    }

    @Test
    void trickledBodyEndsAtTheDeadline() throws IOException {
        start(out -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 100000\r\n\r\n");
            for (; ; ) {
                write(out, "<");
                pause();
            }
        });

        assertTooSlow(() -> client.screenshot());
    }

    @Test
    void aPhoneThatSaysItHungEndsItsRequestAtOnceWithTheDeadlinesMessage() throws IOException {
        AtomicBoolean hung = new AtomicBoolean();
        start(out -> {
            hung.set(true);   // the request arrived, and nothing will ever answer it
            for (; ; ) {
                pause();
            }
        });
        client.close();
        client = new PhoneClient(new PhoneAddress("127.0.15.1", listener.getLocalPort(), "bench", "s3cret"), 4000,
                PhoneClientSettings.defaults().withTimeouts(Duration.ofMillis(500), Duration.ofMinutes(10)), hung::get);

        // within the guard, so not after the 10 minutes the deadline stands for
        BenchInfrastructureException e = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(BenchInfrastructureException.class, () -> client.deviceInformation()));

        assertTrue(e.getMessage().contains("no complete answer within 600 s of connecting")
                && e.getMessage().contains("the phone said its firmware hung"), e.getMessage());
    }

    private void assertTooSlow(Executable operation) {
        BenchInfrastructureException e = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(BenchInfrastructureException.class, operation));
        assertTrue(e.getMessage().contains("answered too slowly: no complete answer within 1 s of connecting"), e.getMessage());
    }

    /** A hostile peer on its own loopback address: reads each request head, then runs {@code answer}. */
    private void start(Answer answer) throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getByName("127.0.15.1"));
        Thread acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try {
                    Socket s = listener.accept();
                    accepted.add(s);
                    Thread t = new Thread(() -> serve(s, answer), "hostile-phone-connection");
                    t.setDaemon(true);
                    t.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "hostile-phone-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        client = new PhoneClient(new PhoneAddress("127.0.15.1", listener.getLocalPort(), "bench", "s3cret"), 4000,
                PhoneClientSettings.defaults().withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(1)));
    }

    private static void serve(Socket s, Answer answer) {
        try (s) {
            InputStream in = s.getInputStream();
            int matched = 0;
            while (matched < 4) {   // up to the blank line that ends the request head
                int b = in.read();
                if (b < 0) {
                    return;
                }
                matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            answer.accept(s.getOutputStream());
        } catch (IOException clientGone) {
            // the client aborted the exchange: what the test wants
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The hostile peer's pace, not a wait for anything. */
    private static void pause() throws IOException {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @FunctionalInterface
    private interface Answer {
        void accept(OutputStream out) throws IOException;
    }
}
