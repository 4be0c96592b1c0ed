package io.phonebench.drivers.phone;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.phone.ScriptedPhoneServer.Answer;
import io.phonebench.drivers.phone.ScriptedPhoneServer.Seen;
import io.phonebench.protocol.object.CiscoIPPhoneError;
import io.phonebench.protocol.object.CiscoIPPhoneExecute;
import io.phonebench.protocol.object.CiscoIPPhoneObject;
import io.phonebench.protocol.object.CiscoIPPhoneResponse;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import io.phonebench.protocol.object.ExecuteItem;
import io.phonebench.protocol.object.ResponseItem;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pushing to /CGI/Execute against a scripted loopback phone. */
class PhoneClientTest {
    private static final String PASSWORD = "s3cret-Pa55";
    private static final Duration WAIT = Duration.ofSeconds(2);
    private static final CiscoIPPhoneExecute PRESS_SOFT1 = CiscoIPPhoneExecute.of(new ExecuteItem("Key:Soft1"));

    private ScriptedPhoneServer phone;
    private PhoneClient client;

    @BeforeEach
    void startPhone() throws Exception {
        phone = new ScriptedPhoneServer();
        client = new PhoneClient(phone.address("bench", PASSWORD), 512, fastSettings());
    }

    @AfterEach
    void stopPhone() {
        client.close();
        phone.close();
    }

    /** Short enough for hang tests to end soon, long enough that a loaded machine still answers within it. */
    static PhoneClientSettings fastSettings() {
        return PhoneClientSettings.defaults().withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(2))
                .withPollInterval(Duration.ofMillis(20));
    }

    @Test
    void pushesTheObjectAsFormFieldXmlWithBasicAuth() throws Exception {
        phone.on("/CGI/Execute", Answer.xml(CiscoIPPhoneResponse.of(ResponseItem.success("Key:Soft1")).toXml()));

        CiscoIPPhoneResponse response = client.push(PRESS_SOFT1);

        assertTrue(response.allSucceeded());
        assertEquals("Key:Soft1", response.responseItems().get(0).url());
        Seen seen = phone.takeRequest(WAIT);
        assertEquals("POST", seen.method());
        assertEquals("/CGI/Execute", seen.path());
        assertTrue(seen.contentType().startsWith("application/x-www-form-urlencoded"), seen.contentType());
        assertTrue(seen.body().startsWith("XML="), seen.body());
        assertEquals(PRESS_SOFT1.toXml(), URLDecoder.decode(seen.body().substring(4), UTF_8));
        assertEquals("Basic " + Base64.getEncoder().encodeToString(("bench:" + PASSWORD).getBytes(UTF_8)),
                seen.authorization());
    }

    @Test
    void declaresUtf8WhenThePushedObjectIsNotAscii() throws Exception {
        phone.on("/CGI/Execute", Answer.xml("<CiscoIPPhoneResponse/>"));
        client.push(new CiscoIPPhoneText("Gr\u00fc\u00dfe", null, "\u65e5\u672c"));
        String xml = URLDecoder.decode(phone.takeRequest(WAIT).body().substring(4), UTF_8);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><CiscoIPPhoneText>"), xml);
    }

    @Test
    void refusesObjectOverPushLimitBeforeSending() {
        CiscoIPPhoneText big = new CiscoIPPhoneText("Big", null, "x".repeat(600));

        PushLimitExceededException e = assertThrows(PushLimitExceededException.class, () -> client.push(big));

        assertTrue(e.getMessage().contains("CiscoIPPhoneText is "), e.getMessage());
        assertTrue(e.getMessage().contains("push limit of 512 bytes"), e.getMessage());
        assertTrue(e.getMessage().contains("CiscoIPPhoneExecute whose ExecuteItem URL points at it"), e.getMessage());
        assertEquals(0, phone.requestCount());
    }

    @Test
    void acceptsLargerObjectsWhenTheModelAllowsThem() throws Exception {
        phone.on("/CGI/Execute", Answer.xml("<CiscoIPPhoneResponse/>"));
        try (PhoneClient modern = new PhoneClient(phone.address("bench", PASSWORD), 40 * 1024, fastSettings())) {
            modern.push(new CiscoIPPhoneText("Big", null, "x".repeat(600)));
        }
        assertEquals("/CGI/Execute", phone.takeRequest(WAIT).path());
    }

    @Test
    void turnsErrorNumber4IntoAnAuthenticationFailureWithoutThePassword() {
        phone.on("/CGI/Execute", Answer.xml("<CiscoIPPhoneError Number=\"4\" />"));

        PhoneAuthenticationException e = assertThrows(PhoneAuthenticationException.class,
                () -> client.push(PRESS_SOFT1));

        assertInstanceOf(BenchInfrastructureException.class, e);
        assertTrue(e.getMessage().contains("127.0.0.1:" + phone.port()), e.getMessage());
        assertTrue(e.getMessage().contains("'bench'"), e.getMessage());
        assertTrue(e.getMessage().contains("Number=\"4\""), e.getMessage());
        assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
    }

    @Test
    void reportsOtherPhoneErrorsAsTheAnswerSeen() {
        phone.on("/CGI/Execute", Answer.xml("<CiscoIPPhoneError Number=\"1\">bad object</CiscoIPPhoneError>"));

        PhoneAnswerException e = assertThrows(PhoneAnswerException.class, () -> client.push(PRESS_SOFT1));

        assertEquals(1, e.error().orElseThrow().number());
        assertTrue(e.getMessage().contains("expected a CiscoIPPhoneResponse"), e.getMessage());
        CiscoIPPhoneObject answer = client.pushForAnswer(PRESS_SOFT1);
        assertEquals(new CiscoIPPhoneError(1, "bad object"), answer);
    }

    @Test
    void reportsAnUnparseableAnswerWithWhatWasSeen() {
        phone.on("/CGI/Execute", Answer.xml("<CiscoIPPhoneResponse><ResponseItem"));
        PhoneAnswerException e = assertThrows(PhoneAnswerException.class, () -> client.push(PRESS_SOFT1));
        assertTrue(e.getMessage().contains("does not parse"), e.getMessage());
        assertTrue(e.getMessage().contains("<CiscoIPPhoneResponse><ResponseItem"), e.getMessage());
    }

    @Test
    void reportsAnHttpErrorAsInfrastructure() {
        phone.on("/CGI/Execute", Answer.of(404, "text/html", "<h1>Web access disabled</h1>".getBytes(UTF_8)));
        BenchInfrastructureException e = assertThrows(BenchInfrastructureException.class,
                () -> client.push(PRESS_SOFT1));
        assertTrue(e.getMessage().contains("expected HTTP 200 but got HTTP 404"), e.getMessage());
        assertTrue(e.getMessage().contains("Web access disabled"), e.getMessage());
    }

    @Test
    void aDevicePageThePhoneDoesNotHaveIsNamedAsSuch() {
        phone.on("/PortInformationX", Answer.of(404, "text/html", "<HTML>404 Not Found</HTML>".getBytes(UTF_8)));

        NoSuchPageException e = assertThrows(NoSuchPageException.class, () -> client.port(7));

        assertTrue(e.getMessage().contains("GET /PortInformationX?7 answered HTTP 404")
                && e.getMessage().contains("404 Not Found</HTML>") && e.getMessage().contains("has no such page"),
                e.getMessage());
    }

    @Test
    void givesUpOnAHungPhoneAfterTheResponseTimeout() {
        phone.on("/CGI/Execute", Answer.hanging());

        BenchInfrastructureException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(BenchInfrastructureException.class, () -> client.push(PRESS_SOFT1)));

        // the silence timeout or the total deadline, whichever the scheduler lets fire first
        assertTrue(e.getMessage().contains("phone 127.0.0.1:" + phone.port() + ": POST /CGI/Execute "),
                e.getMessage());
        assertTrue(e.getMessage().contains("response timeout 2 s"), e.getMessage());
    }

    @Test
    void refusesAnOversizedAnswerWithoutReadingItAll() throws Exception {
        phone.on("/DeviceInformationX", Answer.flood(512L * 1024 * 1024));
        try (PhoneClient bounded = new PhoneClient(phone.address("bench", PASSWORD), 512,
                fastSettings().withMaxResponseBytes(64 * 1024))) {
            BenchInfrastructureException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> assertThrows(BenchInfrastructureException.class, bounded::deviceInformation));
            assertTrue(e.getMessage().contains("answered too much: expected at most 65536 bytes"), e.getMessage());
        }
    }

    @Test
    void reportsABodyShorterThanItsContentLengthAsInfrastructure() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
             PhoneClient shortChanged = new PhoneClient(new PhoneAddress("127.0.0.1", listener.getLocalPort(),
                     "bench", PASSWORD), 512, fastSettings())) {
            Thread server = new Thread(() -> {
                try (java.net.Socket socket = listener.accept()) {
                    java.io.InputStream in = socket.getInputStream();
                    byte[] head = new byte[4096];
                    int read = 0;
                    while (!new String(head, 0, read, UTF_8).contains("\r\n\r\n") && read < head.length) {
                        int n = in.read(head, read, head.length - read);
                        if (n < 0) {
                            return;
                        }
                        read += n;
                    }
                    socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n"
                            + "Content-Length: 1000\r\n\r\n<CiscoIPPhoneResponse>").getBytes(UTF_8));
                } catch (java.io.IOException e) {
                    // the client's failure is what the test checks
                }
            });
            server.start();

            BenchInfrastructureException e = assertThrows(BenchInfrastructureException.class,
                    shortChanged::deviceInformation);

            server.join(WAIT.toMillis());
            assertTrue(e.getMessage().contains("phone 127.0.0.1:" + listener.getLocalPort()), e.getMessage());
            assertTrue(e.getMessage().contains("Premature end of Content-Length delimited message body"),
                    e.getMessage());
        }
    }

    @Test
    void namesThePhoneWhenNothingListens() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        try (PhoneClient nowhere = new PhoneClient(new PhoneAddress("127.0.0.1", closedPort, "bench", PASSWORD), 512,
                fastSettings())) {
            BenchInfrastructureException e = assertThrows(BenchInfrastructureException.class,
                    () -> nowhere.push(PRESS_SOFT1));
            assertTrue(e.getMessage().startsWith("phone 127.0.0.1:" + closedPort + ": POST /CGI/Execute failed"),
                    e.getMessage());
            assertFalse(e.getMessage().contains(PASSWORD));
        }
    }

    @Test
    void hidesThePasswordFromToString() {
        PhoneAddress address = new PhoneAddress("10.0.0.5", 80, "bench", PASSWORD);
        assertFalse(address.toString().contains(PASSWORD), address.toString());
        assertTrue(address.toString().contains("10.0.0.5:80"));
        assertFalse(client.toString().contains(PASSWORD), client.toString());
    }

    @Test
    void refusesAnAddressWithoutAUsablePort() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PhoneAddress("10.0.0.5", 0, "bench", PASSWORD));
        assertTrue(e.getMessage().contains("10.0.0.5"), e.getMessage());
    }
}
