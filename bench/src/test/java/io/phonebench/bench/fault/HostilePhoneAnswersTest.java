package io.phonebench.bench.fault;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.phone.PhoneAddress;
import io.phonebench.drivers.phone.PhoneAnswerException;
import io.phonebench.drivers.phone.PhoneClient;
import io.phonebench.drivers.phone.PhoneClientSettings;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JDK HTTP server posing as a phone answers what an attacker (or broken firmware) would: external entities,
 * entity expansion, malformed and oversized answers. The bench's phone client refuses each one cleanly and quickly,
 * reads no file, fetches no URL, and never shows the password.
 */
@Tag("reliability")
class HostilePhoneAnswersTest {
    private static final String PASSWORD = "Hx9-hostile-s3cret";
    private static final String SECRET = "TOP-SECRET-MARKER-4711";
    private static final int MAX_RESPONSE_BYTES = 64 * 1024;

    @TempDir
    Path dir;
    private HttpServer server;
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private volatile byte[] answer = new byte[0];
    private volatile String contentType = "text/xml";
    private PhoneClient client;

    @BeforeEach
    void startFakePhone() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.11.1", 0), 0);
        server.createContext("/", this::serve);
        server.start();
        client = new PhoneClient(new PhoneAddress("127.0.11.1", server.getAddress().getPort(), "bench", PASSWORD),
                4000, PhoneClientSettings.defaults().withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(1))
                .withMaxResponseBytes(MAX_RESPONSE_BYTES));
    }

    @AfterEach
    void stopFakePhone() {
        client.close();
        server.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        requested.add(exchange.getRequestURI().getPath());
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().set("Content-Type", contentType);
        byte[] body = exchange.getRequestURI().getPath().equals("/exfil") ? new byte[0] : answer;
        exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    void externalEntityInPushAnswerIsRefusedWithoutReadingTheFile() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        answer = ("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<CiscoIPPhoneResponse><ResponseItem URL=\"&xxe;\" Data=\"\" Status=\"0\"/>"
                + "</CiscoIPPhoneResponse>").getBytes(StandardCharsets.UTF_8);

        PhoneAnswerException e = refusedQuickly(PhoneAnswerException.class, this::push);

        assertFalse(e.getMessage().contains(SECRET), "file content leaked into: " + e.getMessage());
        assertTrue(e.getMessage().contains("127.0.11.1") && e.getMessage().contains("does not parse"),
                e.getMessage());
    }

    @Test
    void externalEntityOnDevicePageFetchesNothing() {
        String exfil = "http://127.0.11.1:" + server.getAddress().getPort() + "/exfil";
        answer = ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY % remote SYSTEM \"" + exfil + "\"> %remote;]>"
                + "<DeviceInformation><HostName>SEP0003E3001C01</HostName></DeviceInformation>")
                .getBytes(StandardCharsets.UTF_8);

        refusedQuickly(PhoneAnswerException.class, client::deviceInformation);

        assertFalse(requested.contains("/exfil"), "the parser fetched the entity URL: " + requested);
    }

    @Test
    void entityExpansionBombIsRefusedQuickly() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String previous = i == 1 ? "lol" : "lol" + (i - 1);
            bomb.append("<!ENTITY lol").append(i).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">");
        }
        bomb.append("]><DeviceInformation><HostName>&lol9;</HostName></DeviceInformation>");
        answer = bomb.toString().getBytes(StandardCharsets.UTF_8);

        refusedQuickly(PhoneAnswerException.class, client::deviceInformation);
    }

    @Test
    void malformedPushAnswerIsAnAnswerExceptionQuotingTheBody() {
        answer = "<CiscoIPPhoneResponse><ResponseItem URL=\"Key:Services\"".getBytes(StandardCharsets.UTF_8);

        PhoneAnswerException e = refusedQuickly(PhoneAnswerException.class, this::push);

        assertTrue(e.getMessage().contains("does not parse") && e.getMessage().contains("CiscoIPPhoneResponse"),
                e.getMessage());
    }

    @Test
    void oversizedScreenshotIsCutOffAtTheBound() {
        contentType = "image/bmp";
        answer = new byte[MAX_RESPONSE_BYTES * 16];

        BenchInfrastructureException e = refusedQuickly(BenchInfrastructureException.class, client::screenshot);

        assertTrue(e.getMessage().contains("answered too much") && e.getMessage().contains(
                "at most " + MAX_RESPONSE_BYTES), e.getMessage());
    }

    private void push() {
        client.push(new CiscoIPPhoneText("T", "P", "hostile"));
    }

    /** The call fails with this type within 2 s, and its message never holds the password. */
    private static <T extends Throwable> T refusedQuickly(Class<T> type, Executable call) {
        long start = System.nanoTime();
        T e = assertThrows(type, call);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 2_000, "refusal took " + millis + " ms: " + e.getMessage());
        assertFalse(String.valueOf(e.getMessage()).contains(PASSWORD), "password in: " + e.getMessage());
        return e;
    }
}
