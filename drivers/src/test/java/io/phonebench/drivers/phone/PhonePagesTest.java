package io.phonebench.drivers.phone;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.phone.ScriptedPhoneServer.Answer;
import io.phonebench.drivers.phone.ScriptedPhoneServer.Seen;
import io.phonebench.protocol.device.DeviceInformation;
import io.phonebench.protocol.device.EthernetInformation;
import io.phonebench.protocol.device.NetworkConfiguration;
import io.phonebench.protocol.device.PortInformation;
import io.phonebench.protocol.device.StreamAddress;
import io.phonebench.protocol.device.StreamingStatistics;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Screenshots, device pages and waiting for boot, against a scripted loopback phone. */
class PhonePagesTest {
    private static final String PASSWORD = "s3cret-Pa55";
    private static final Duration WAIT = Duration.ofSeconds(2);
    private static final DeviceInformation INFO = new DeviceInformation(Map.of("HostName", "SEP001122334455",
            "modelNumber", "CP-7970G", "versionID", "SCCP70.8-5-4S"));

    private ScriptedPhoneServer phone;
    private PhoneClient client;

    @BeforeEach
    void startPhone() throws Exception {
        phone = new ScriptedPhoneServer();
        client = new PhoneClient(phone.address("bench", PASSWORD), 512, PhoneClientTest.fastSettings());
    }

    @AfterEach
    void stopPhone() {
        client.close();
        phone.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bmp", "png"})
    void decodesTheScreenshotWhateverTheFormat(String format) throws Exception {
        BufferedImage screen = new BufferedImage(320, 212, BufferedImage.TYPE_INT_RGB);
        screen.setRGB(10, 20, Color.RED.getRGB());
        phone.on("/CGI/Screenshot", Answer.of(200, "image/" + format, encode(screen, format)));

        BufferedImage shot = client.screenshot();

        assertEquals(320, shot.getWidth());
        assertEquals(212, shot.getHeight());
        assertEquals(Color.RED.getRGB(), shot.getRGB(10, 20));
        Seen seen = phone.takeRequest(WAIT);
        assertEquals("GET", seen.method());
        assertTrue(seen.authorization().startsWith("Basic "), seen.authorization());
    }

    @Test
    void turnsAScreenshotAuthenticationErrorIntoAnAuthenticationFailure() {
        phone.on("/CGI/Screenshot", Answer.xml("<CiscoIPPhoneError Number=\"4\" />"));
        PhoneAuthenticationException e = assertThrows(PhoneAuthenticationException.class, client::screenshot);
        assertTrue(e.getMessage().contains("GET /CGI/Screenshot"), e.getMessage());
        assertFalse(e.getMessage().contains(PASSWORD));
    }

    @Test
    void reportsAScreenshotNoReaderDecodes() {
        phone.on("/CGI/Screenshot", Answer.of(200, "image/x-cip", "not an image".getBytes(UTF_8)));
        PhoneAnswerException e = assertThrows(PhoneAnswerException.class, client::screenshot);
        assertTrue(e.getMessage().contains("'image/x-cip' that no image reader decodes"), e.getMessage());
        assertTrue(e.getMessage().contains("not an image"), e.getMessage());
    }

    @Test
    void readsEveryDevicePageFromItsPath() throws Exception {
        phone.on("/DeviceInformationX", page(INFO.serialise(ISO_8859_1), "text/xml"))
                .on("/NetworkConfigurationX", page(new NetworkConfiguration(Map.of("IPAddress", "10.0.0.5"))
                        .serialise(UTF_8), "text/xml; charset=utf-8"))
                .on("/EthernetInformationX", page(new EthernetInformation(Map.of("TxFrames", "9")).serialise(UTF_8),
                        "text/xml"))
                .on("/PortInformationX", page(new PortInformation(Map.of("PortSpeed", "100 Full")).serialise(UTF_8),
                        "text/xml"))
                .on("/DeviceLogX", page(("<?xml version=\"1.0\"?><DeviceLog><?xml version=\"1.0\"?>"
                        + "<status>10:00 boot</status></DeviceLog>").getBytes(UTF_8), "text/xml"))
                .on("/StreamingStatisticsX", page(new StreamingStatistics(Map.of("RemoteAddr", "10.0.0.9/20480",
                        "RcvrLostPackets", "3")).serialise(UTF_8), "text/xml"));

        assertEquals(INFO, client.deviceInformation());
        assertEquals(Optional.of("10.0.0.5"), client.networkConfiguration().ipAddress());
        assertEquals(OptionalLong.of(9), client.ethernetInformation().txFrames());
        assertEquals(Optional.of("100 Full"), client.port(2).portSpeed());
        assertEquals(List.of("10:00 boot"), client.deviceLog(0).statuses());
        StreamingStatistics stats = client.streamingStatistics(1);
        assertEquals(Optional.of(new StreamAddress("10.0.0.9", 20480)), stats.remoteAddress());
        assertEquals(OptionalLong.of(3), stats.rcvrLostPackets());

        List<String> targets = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Seen seen = phone.takeRequest(WAIT);
            targets.add(seen.path() + (seen.query() == null ? "" : "?" + seen.query()));
            assertNull(seen.authorization(), "device pages are not password-protected: send no credentials");
        }
        assertEquals(List.of("/DeviceInformationX", "/NetworkConfigurationX", "/EthernetInformationX",
                "/PortInformationX?2", "/DeviceLogX?0", "/StreamingStatisticsX?1"), targets);
    }

    @Test
    void reportsAPageThatIsNotTheOneAskedFor() {
        phone.on("/DeviceInformationX", Answer.xml("<NetworkConfiguration/>"));
        PhoneAnswerException e = assertThrows(PhoneAnswerException.class, client::deviceInformation);
        assertTrue(e.getMessage().contains("GET /DeviceInformationX"), e.getMessage());
        assertTrue(e.getMessage().contains("expected root element <DeviceInformation>"), e.getMessage());
    }

    @Test
    void waitsUntilThePhoneServesItsDeviceInformation() {
        Answer booting = Answer.of(503, "text/plain", "booting".getBytes(UTF_8));
        phone.on("/DeviceInformationX", booting, booting, page(INFO.serialise(UTF_8), "text/xml"));

        DeviceInformation info = client.waitUntilUp(Duration.ofSeconds(5));

        assertEquals(Optional.of("CP-7970G"), info.modelNumber());
        assertEquals(3, phone.requestCount());
    }

    @Test
    void timesOutQuotingTheLastAnswerSeen() {
        phone.on("/DeviceInformationX", Answer.of(503, "text/plain", "still booting".getBytes(UTF_8)));
        long start = System.nanoTime();

        BenchInfrastructureException e = assertThrows(BenchInfrastructureException.class,
                () -> client.waitUntilUp(Duration.ofMillis(300)));

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "the wait overran its deadline: " + took);
        assertTrue(e.getMessage().contains("did not come up"), e.getMessage());
        assertTrue(e.getMessage().contains("within 0.3 s"), e.getMessage());
        assertTrue(e.getMessage().contains("last answer: HTTP 503"), e.getMessage());
        assertTrue(e.getMessage().contains("still booting"), e.getMessage());
        assertFalse(e.getMessage().contains("driven clock"), "every pause was spent in real time: " + e.getMessage());
    }

    @Test
    void pausesOfAPhoneThatCannotChangeByItselfPassWithoutWallTimeAndStillCountAgainstTheDeadline() {
        phone.on("/DeviceInformationX", Answer.of(503, "text/plain", "application not running".getBytes(UTF_8)));
        List<Duration> pauses = new CopyOnWriteArrayList<>();

        // a phone that always says nothing can change on it: every pause passes on its clock
        BenchInfrastructureException e = assertThrows(BenchInfrastructureException.class,
                () -> client.waitUntilUp(Duration.ofSeconds(2), pauses::add));

        assertTrue(e.getMessage().contains("within 2 s"), e.getMessage());
        assertTrue(e.getMessage().contains("last answer: HTTP 503"), e.getMessage());
        // looked at as often as a real-time wait would: a poll interval between attempts, each counted as spent
        Duration poll = PhoneClientTest.fastSettings().pollInterval();
        assertTrue(pauses.subList(0, pauses.size() - 1).stream().allMatch(poll::equals), pauses.toString());
        double skipped = pauses.stream().mapToLong(Duration::toNanos).sum() / 1e9;
        assertTrue(e.getMessage().contains(String.format(Locale.ROOT, "(%.1f s of pauses passed on the phone's driven"
                + " clock", skipped)), skipped + " s skipped: " + e.getMessage());
        assertTrue(phone.requestCount() >= pauses.size(), phone.requestCount() + " attempts, " + pauses.size()
                + " pauses");
    }

    @Test
    void waitsNoLongerThanItsDeadlineForAHungPhone() {
        phone.on("/DeviceInformationX", Answer.hanging());
        long start = System.nanoTime();
        BenchInfrastructureException e = assertThrows(BenchInfrastructureException.class,
                () -> client.waitUntilUp(Duration.ofMillis(250)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(Duration.ofMillis(1500)) < 0, "the wait overran its deadline: " + took);
        assertTrue(e.getMessage().contains("last answer:"), e.getMessage());
    }

    private static Answer page(byte[] body, String contentType) {
        return Answer.of(200, contentType, body);
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IOException("no ImageIO writer for " + format);
        }
        return out.toByteArray();
    }
}
