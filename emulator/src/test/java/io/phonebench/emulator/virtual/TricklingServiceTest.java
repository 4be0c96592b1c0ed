package io.phonebench.emulator.virtual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.clock.SystemPhoneClock;
import io.phonebench.emulator.reference.ReferencePhone;
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
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A service that trickles its answer (one byte every 100 ms, or header lines without end) once hung a virtual phone's
 * push and, behind the push, its screenshot: the phone's fetch bounded each silence, never the whole answer. The
 * fetch now has a total deadline and the phone gives up on the slow service as on an unreachable one.
 */
@Tag("reliability")
class TricklingServiceTest {
    private static final String PHONE = "127.0.19.1";
    private static final String SERVICE = "127.0.19.2";
    /** Guards the build against a reproduced hang; the phone's deadline under test is 2 s. */
    private static final Timeout HANG_GUARD = Timeout.ofSeconds(60);

    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private final SystemPhoneClock clock = new SystemPhoneClock();
    private ServerSocket service;
    private VirtualPhone phone;
    private BenchSideClient bench;

    @AfterEach
    void cleanUp() throws IOException {
        if (bench != null) {
            bench.close();
        }
        if (phone != null) {
            phone.close();
        }
        clock.close();
        service.close();
        for (Socket s : accepted) {
            s.close();
        }
    }

    @Test
    void aTrickledBodyEndsLikeAnUnreachableService() throws Exception {
        start(out -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 100000\r\n\r\n<");
            for (; ; ) {
                write(out, " ");
                pause();
            }
        });
        assertBehavesAsUnreachable();
    }

    @Test
    void endlessHeadersEndLikeAnUnreachableService() throws Exception {
        start(out -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n");
            for (int line = 0; ; line++) {
                write(out, "X-More-" + line + ": yes\r\n");
                pause();
            }
        });
        assertBehavesAsUnreachable();
    }

    /**
     * The phone once held one lock for the whole of a push, fetch included: while a pushed URL's service stayed
     * silent, every other push to that phone waited behind it. Now the fetch runs with the lock released; the newest
     * push wins the display, as when a user presses on while a page loads.
     */
    @Test
    void aSecondPushIsAnsweredWhileTheFirstPushsServiceIsSilent() throws Exception {
        CountDownLatch fetchArrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        start(out -> {
            fetchArrived.countDown();
            try {
                release.await(HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String page = "<CiscoIPPhoneText><Text>from the slow service</Text></CiscoIPPhoneText>";
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: " + page.length()
                    + "\r\nConnection: close\r\n\r\n" + page);
        }, Duration.ofSeconds(30));
        ExecutorService pushes = Executors.newFixedThreadPool(2);
        try {
            Future<BenchSideClient.Answer> first = pushes.submit(() -> bench.push(execute("http://" + SERVICE + ":"
                    + service.getLocalPort() + "/slow"), "bench", "s3cret"));
            assertTrue(fetchArrived.await(HANG_GUARD.toSeconds(), TimeUnit.SECONDS),
                    "the first push never fetched its URL");

            BenchSideClient.Answer second = pushes.submit(() -> bench.push(
                    "<CiscoIPPhoneText><Text>pushed second</Text></CiscoIPPhoneText>", "bench", "s3cret"))
                    .get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
            boolean firstStillWaiting = !first.isDone();
            release.countDown();
            BenchSideClient.Answer firstAnswer = first.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS);

            assertTrue(firstStillWaiting, "the second push was answered only after the first push's service was "
                    + "released: the fetch held the phone's lock");
            assertEquals("0", status(second.text()), second.text());
            assertEquals(200, firstAnswer.status(), "the first push is answered too: " + firstAnswer.text());
            assertEquals(Optional.of("pushed second"), phone.reference().currentObject()
                    .map(o -> ((CiscoIPPhoneText) o).text()),
                    "the newest push wins the display; the older fetch that ended later is not shown");
        } finally {
            release.countDown();
            pushes.shutdownNow();
        }
    }

    private void assertBehavesAsUnreachable() throws Exception {
        String unreachable;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getByName(SERVICE))) {
            unreachable = "http://" + SERVICE + ":" + closed.getLocalPort() + "/menu";
        }
        BenchSideClient.Answer expected = bench.push(execute(unreachable), "bench", "s3cret");

        BenchSideClient.Answer slow = bench.push(execute("http://" + SERVICE + ":" + service.getLocalPort()
                + "/menu"), "bench", "s3cret");
        BenchSideClient.Answer screenshot = bench.get("/CGI/Screenshot", "bench", "s3cret");

        assertEquals(status(expected.text()), status(slow.text()),
                "a trickling service is answered as an unreachable one: " + slow.text());
        assertEquals(200, screenshot.status(), "the screenshot is not held behind the push");
    }

    /** The ResponseItem's Status: its Data quotes the phone's own reason, which differs between the two. */
    private static String status(String response) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Status=\"(\\d+)\"").matcher(response);
        return m.find() ? m.group(1) : "none in " + response;
    }

    private static String execute(String url) {
        return "<CiscoIPPhoneExecute><ExecuteItem URL=\"" + url + "\"/></CiscoIPPhoneExecute>";
    }

    /** A short fetch timeout: the peer trickles every 100 ms, so only the fetch's total deadline (twice it) ends it. */
    private void start(Answer answer) throws IOException {
        start(answer, Duration.ofMillis(300));
    }

    private void start(Answer answer, Duration phoneFetchTimeout) throws IOException {
        service = new ServerSocket(0, 50, InetAddress.getByName(SERVICE));
        Thread acceptor = new Thread(() -> {
            while (!service.isClosed()) {
                try {
                    Socket s = service.accept();
                    accepted.add(s);
                    Thread t = new Thread(() -> serve(s, answer), "trickling-service-connection");
                    t.setDaemon(true);
                    t.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "trickling-service-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        PhoneModel model = PhoneCatalog.standard().model("CP-7970G");
        InetAddress address = InetAddress.getByName(PHONE);
        phone = VirtualPhone.builder(model).address(PHONE).credentials("bench", "s3cret").bootTime(Duration.ZERO)
                .clock(clock).reference(ReferencePhone.builder(model).clock(clock).localAddress(address).httpTimeout(phoneFetchTimeout)
                        .build())
                .build();
        phone.start();
        phone.awaitReady(Duration.ofSeconds(30));
        bench = new BenchSideClient(phone.uri(), HANG_GUARD);
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
        } catch (IOException phoneGaveUp) {
            // the phone aborted the fetch: what the test wants
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The slow service's pace, not a wait for anything. */
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
