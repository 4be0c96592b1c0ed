package io.phonebench.bench.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.protocol.exchange.RecordedRequest;
import io.phonebench.protocol.exchange.RequestJournal;
import io.phonebench.protocol.object.CipBitmap;
import io.phonebench.protocol.xml.SecureXml;
import io.phonebench.protocol.xml.XmlElement;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceHostTest {
    private static final String DESK_7970 = "127.0.1.3";
    private static final String DESK_7960 = "127.0.1.1";
    private static final String MENU = "<CiscoIPPhoneMenu><Title>Lab</Title><MenuItem><Name>One</Name>"
            + "<URL>http://x/1</URL></MenuItem></CiscoIPPhoneMenu>";
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");

    private final ServiceHost host = new ServiceHost("127.0.0.1", 0, Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void start() {
        host.start();
    }

    @AfterEach
    void stop() {
        host.close();
    }

    @Test
    void lateRequestForThePreviousTestsRouteIsBrokenNotFailed() throws Exception {
        ServiceHost desk = host.forPhone("desk-7970", DESK_7970);
        desk.mountText("/desk-7970/previous", "for the previous test");
        desk.reset();   // the next test starts while the phone's fetch of the previous test is still on the way

        PhoneRequest.get(DESK_7970, host.baseUrl(), "/desk-7970/previous");

        String said = assertThrows(io.phonebench.drivers.BenchInfrastructureException.class,
                () -> desk.assertNoFailures()).getMessage();
        assertTrue(said.contains("previous test") && said.contains("/desk-7970/previous"), said);
        PhoneRequest.get(DESK_7970, host.baseUrl(), "/desk-7970/never-mounted");
        assertThrows(AssertionError.class, () -> desk.assertNoFailures(), "a route no test mounted is the phone's");
    }

    @Test
    void eachPhonesViewHoldsOnlyItsOwnRequestsAndResetsOnlyItsOwnRoutes() throws Exception {
        ServiceHost desk7970 = host.forPhone("desk-7970", DESK_7970);
        ServiceHost desk7960 = host.forPhone("desk-7960", DESK_7960);
        desk7970.mountText("/desk-7970/page", "for 7970");
        desk7960.mountText("/desk-7960/page", "for 7960");

        PhoneRequest.get(DESK_7970, host.baseUrl(), "/desk-7970/page");
        PhoneRequest.get(DESK_7960, host.baseUrl(), "/desk-7960/page");

        assertEquals(List.of(DESK_7970), desk7970.requests().stream().map(RecordedRequest::from).toList());
        assertEquals(DESK_7960, desk7960.takeRequest(WAIT).from());
        desk7960.reset();
        assertEquals(1, desk7970.requests().size(), "a phone's reset leaves the others' requests");
        assertEquals("for 7970", PhoneRequest.get(DESK_7970, host.baseUrl(), "/desk-7970/page").text(),
                "and their routes");
        assertEquals(404, PhoneRequest.get(DESK_7960, host.baseUrl(), "/desk-7960/page").status());
        assertSame(desk7970, host.forPhone("desk-7970", DESK_7970));
    }

    @Test
    void aBusyPhoneCannotPushAnotherPhonesRequestsOutOfTheLog() throws Exception {
        ServiceHost desk7970 = host.forPhone("desk-7970", DESK_7970);
        ServiceHost desk7960 = host.forPhone("desk-7960", DESK_7960);
        desk7970.mountText("/desk-7970/page", "for 7970");
        desk7960.mountText("/desk-7960/page", "for 7960");
        PhoneRequest.get(DESK_7960, host.baseUrl(), "/desk-7960/page");

        byte[] form = new byte[ServiceHost.MAX_BODY_BYTES];
        for (int i = 0; i < 6; i++) {   // 6 MiB of posts: over any one journal's byte budget
            PhoneRequest.send(DESK_7970, host.baseUrl(), "POST", "/desk-7970/page", form,
                    "Content-Type: application/x-www-form-urlencoded");
        }

        assertTrue(desk7970.journal().dropped() > 0, "the busy phone's own log is bounded");
        assertEquals(0, desk7960.journal().dropped());
        assertEquals("/desk-7960/page", desk7960.takeRequest(WAIT).target(), "the quiet phone's request is still there");
    }


    @Test
    void servesMountedXmlAndRecordsWhatThePhoneSent() throws Exception {
        host.mount("/menu", MENU);

        PhoneRequest.Answer answer = PhoneRequest.get(DESK_7970, host.baseUrl(), "/menu?page=2",
                "x-CiscoIPPhoneModelName: CP-7970G", "Accept-Charset: utf-8,iso-8859-1;q=0.8",
                "Cookie: session=abc; lang=en");

        assertEquals(200, answer.status());
        assertEquals("text/xml; charset=utf-8", answer.header("Content-Type"));
        assertEquals(MENU, new String(answer.body(), StandardCharsets.UTF_8));
        RecordedRequest request = host.takeRequest(WAIT);
        assertEquals(1, request.sequence());
        assertEquals("GET", request.method());
        assertEquals("/menu?page=2", request.target());
        assertEquals("/menu", request.path());
        assertEquals("page=2", request.query());
        assertEquals(DESK_7970, request.from());
        assertEquals("CP-7970G", request.header("X-CISCOIPPHONEMODELNAME").orElseThrow());
        assertEquals(Map.of("session", "abc", "lang", "en"), request.cookies());
        assertEquals(NOW, request.receivedAt());
    }

    @Test
    void sendsTheRoutesResponseHeaders() throws Exception {
        host.mount("/news", ServiceResponse.xml(MENU).withRefresh(5, "http://bench/next")
                .withExpires(Instant.parse("1994-11-06T08:49:37Z"))
                .withCookie("a=1").withCookie("b=2").withCharset(StandardCharsets.ISO_8859_1));

        PhoneRequest.Answer answer = PhoneRequest.get(DESK_7960, host.baseUrl(), "/news");

        assertEquals("5; url=http://bench/next", answer.header("Refresh"));
        assertEquals("Sun, 6 Nov 1994 08:49:37 GMT", answer.header("Expires"));
        assertEquals(List.of("a=1", "b=2"), answer.all("Set-Cookie"));
        assertEquals("text/xml; charset=iso-8859-1", answer.header("Content-Type"));
    }

    @Test
    void undeclaredCharsetLeavesItOutOfContentType() throws Exception {
        host.mount("/latin", ServiceResponse.text("Grüße").withUndeclaredCharset(StandardCharsets.ISO_8859_1));

        PhoneRequest.Answer answer = PhoneRequest.get(DESK_7960, host.baseUrl(), "/latin");

        assertEquals("text/plain", answer.header("Content-Type"));
        assertArrayEquals("Grüße".getBytes(StandardCharsets.ISO_8859_1), answer.body());
    }

    @Test
    void takingFromOnePhoneLeavesTheOthersQueued() throws Exception {
        host.mount("/menu", MENU);
        PhoneRequest.get(DESK_7960, host.baseUrl(), "/menu");
        PhoneRequest.get(DESK_7970, host.baseUrl(), "/menu");

        assertEquals(DESK_7970, host.takeRequest(DESK_7970, WAIT).from());
        assertEquals(DESK_7960, host.takeRequest(WAIT).from());
    }

    @Test
    void timeoutListsWhatDidArrive() throws Exception {
        host.mount("/menu", MENU);
        PhoneRequest.get(DESK_7960, host.baseUrl(), "/menu");

        AssertionError error = assertThrows(AssertionError.class,
                () -> host.takeRequest(DESK_7970, Duration.ofMillis(50)));

        assertTrue(error.getMessage().startsWith("expected a request from 127.0.1.3 within 50 ms, none came"),
                error.getMessage());
        assertTrue(error.getMessage().contains("#1 GET /menu from 127.0.1.1"), error.getMessage());
    }

    @Test
    void expectNoRequestFailsOnAnUntakenRequest() throws Exception {
        host.mount("/menu", MENU);
        PhoneRequest.get(DESK_7960, host.baseUrl(), "/menu");

        AssertionError error = assertThrows(AssertionError.class, () -> host.expectNoRequest(Duration.ofMillis(50)));
        assertTrue(error.getMessage().contains("saw #1 GET /menu from 127.0.1.1"), error.getMessage());
    }

    @Test
    void expectNoRequestPassesWhenEverythingWasTaken() throws Exception {
        host.mount("/menu", MENU);
        PhoneRequest.get(DESK_7960, host.baseUrl(), "/menu");
        host.takeRequest(WAIT);

        assertDoesNotThrow(() -> host.expectNoRequest(Duration.ofMillis(50)));
    }

    @Test
    void unmountedPathIsRecordedAsAFailureForTheTestThread() throws Exception {
        host.mount("/menu", MENU);

        PhoneRequest.Answer answer = PhoneRequest.get(DESK_7970, host.baseUrl(), "/mneu");

        assertEquals(404, answer.status());
        RecordedRequest request = host.takeRequest(WAIT);
        assertEquals("no route at /mneu; mounted: [/menu]", request.failure().orElseThrow());
        AssertionError error = assertThrows(AssertionError.class, host::assertNoFailures);
        assertTrue(error.getMessage().contains("#1 GET /mneu from 127.0.1.3"), error.getMessage());
    }

    @Test
    void unservedRequestFailsOnlyThePhoneThatMadeIt() throws Exception {
        host.mount("/menu", MENU);
        PhoneRequest.get(DESK_7970, host.baseUrl(), "/mneu");
        PhoneRequest.get(DESK_7960, host.baseUrl(), "/menu");
        host.journal().await(r -> true, 2, WAIT);

        assertDoesNotThrow(() -> host.assertNoFailures(DESK_7960));
        AssertionError error = assertThrows(AssertionError.class, () -> host.assertNoFailures(DESK_7970));
        assertTrue(error.getMessage().contains("GET /mneu from " + DESK_7970), error.getMessage());
    }

    @Test
    void colourPhoneGetsPngAndGreyPhoneGetsCip() throws Exception {
        BufferedImage logo = new BufferedImage(6, 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = logo.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 6, 2);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 1, 1);
        g.dispose();
        host.mountImage("/logo", logo);

        PhoneRequest.Answer colour = PhoneRequest.get(DESK_7970, host.baseUrl(), "/logo",
                "x-CiscoIPPhoneDisplay: 298, 168, 12, C");
        PhoneRequest.Answer grey = PhoneRequest.get(DESK_7960, host.baseUrl(), "/logo",
                "x-CiscoIPPhoneDisplay: 133, 65, 2, G", "Accept: x-CiscoIPPhone/*");

        assertEquals("image/png", colour.header("Content-Type"));
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(colour.body()));
        assertEquals(6, png.getWidth());
        assertEquals(0x000000, png.getRGB(0, 0) & 0xFFFFFF);
        assertEquals("text/xml; charset=utf-8", grey.header("Content-Type"));
        XmlElement image = SecureXml.parse(grey.body(), "utf-8");
        assertEquals("CiscoIPPhoneImage", image.name());
        assertEquals("-1", image.childText("LocationX").orElseThrow());
        CipBitmap bitmap = new CipBitmap(6, 2, Integer.parseInt(image.childText("Depth").orElseThrow()),
                image.childText("Data").orElseThrow());
        assertEquals(2, bitmap.depth());
        assertArrayEquals(new int[] {3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, bitmap.pixels());
    }

    @Test
    void recordsTheContentTypeItAnsweredEachPhone() throws Exception {
        host.mountImage("/logo", new BufferedImage(6, 2, BufferedImage.TYPE_INT_RGB));
        PhoneRequest.get(DESK_7970, host.baseUrl(), "/logo", "x-CiscoIPPhoneDisplay: 298, 168, 12, C");
        PhoneRequest.get(DESK_7960, host.baseUrl(), "/logo", "x-CiscoIPPhoneDisplay: 133, 65, 2, G",
                "Accept: x-CiscoIPPhone/*");

        assertEquals("image/png", host.takeRequest(DESK_7970, WAIT).answeredContentType().orElseThrow());
        assertEquals("text/xml; charset=utf-8", host.takeRequest(DESK_7960, WAIT).answeredContentType()
                .orElseThrow());
    }

    @Test
    void keepsItsRequestLogWithinBoundsAndSaysHowManyItDropped() throws Exception {
        host.mount("/input", MENU);
        byte[] form = new byte[ServiceHost.MAX_BODY_BYTES];
        for (int i = 0; i < 6; i++) {
            PhoneRequest.send(DESK_7970, host.baseUrl(), "POST", "/input", form,
                    "Content-Type: application/x-www-form-urlencoded");
        }

        host.journal().await(r -> true, 1, WAIT);
        assertTrue(host.journal().retainedBytes() <= RequestJournal.DEFAULT_BYTE_BUDGET,
                host.journal().retainedBytes() + " bytes kept");
        assertEquals(6, host.journal().total());
        String marker = host.journal().droppedMarker().orElseThrow();
        assertTrue(marker.matches("\\d+ request\\(s\\) dropped from the service host log.*"), marker);
        assertEquals(6, host.requests().get(host.requests().size() - 1).sequence(), "the newest are kept");
    }

    @Test
    void acceptDecidesWhenThereIsNoDisplayHeader() {
        assertTrue(ImageNegotiation.wantsPng(java.util.Optional.empty(),
                java.util.Optional.of("x-CiscoIPPhone/*, image/png")));
        assertEquals(false, ImageNegotiation.wantsPng(java.util.Optional.empty(),
                java.util.Optional.of("x-CiscoIPPhone/*")));
    }

    @Test
    void audioIsServedAsAudioBasic() throws Exception {
        byte[] ring = {(byte) 0xFF, 0x7F, 0x00, 0x10};
        host.mountAudio("/ring", ring);

        PhoneRequest.Answer answer = PhoneRequest.get(DESK_7960, host.baseUrl(), "/ring");

        assertEquals("audio/basic", answer.header("Content-Type"));
        assertArrayEquals(ring, answer.body());
    }

    @Test
    void postedFormBodyIsRecorded() throws Exception {
        host.mount("/input", MENU);

        PhoneRequest.send(DESK_7970, host.baseUrl(), "POST", "/input", "name=bench".getBytes(StandardCharsets.UTF_8),
                "Content-Type: application/x-www-form-urlencoded");

        RecordedRequest request = host.takeRequest(WAIT);
        assertEquals("POST", request.method());
        assertEquals("name=bench", request.bodyText());
    }

    @Test
    void resetForgetsRoutesAndRecordings() throws Exception {
        host.mount("/menu", MENU);
        PhoneRequest.get(DESK_7960, host.baseUrl(), "/menu");

        host.reset();

        assertEquals(List.of(), host.requests());
        assertEquals(404, PhoneRequest.get(DESK_7960, host.baseUrl(), "/menu").status());
        assertEquals(1, host.takeRequest(WAIT).sequence());
    }

    @Test
    void authorizationHeaderIsMaskedInToString() throws Exception {
        host.mount("/menu", MENU);
        PhoneRequest.get(DESK_7960, host.baseUrl(), "/menu", "Authorization: Basic YmVuY2g6aHVudGVyMg==");
        String shown = host.takeRequest(WAIT).toString();
        assertTrue(!shown.contains("YmVuY2g6aHVudGVyMg") && shown.contains("****"), shown);
    }

    @Test
    void aliasesServeTheSameRoutesUnderAnotherHostName() throws Exception {
        try (ServiceHost aliased = new ServiceHost("127.0.0.1", 0, List.of("127.0.0.2", "127.0.0.3"),
                Clock.fixed(NOW, ZoneOffset.UTC)).start()) {
            aliased.mount("/menu", MENU);

            String url = aliased.url("/menu", 1);
            assertTrue(url.startsWith("http://127.0.0.3:"), url);
            String base = url.substring(0, url.length() - "/menu".length());
            PhoneRequest.Answer answer = PhoneRequest.get(DESK_7970, base, "/menu");

            assertEquals(200, answer.status());
            assertEquals(MENU, new String(answer.body(), StandardCharsets.UTF_8));
            RecordedRequest request = aliased.takeRequest(WAIT);
            assertEquals(DESK_7970, request.from());
            assertEquals(List.of("127.0.0.2", "127.0.0.3"), aliased.aliases());
        }
    }

    @Test
    void aliasTakesItsOwnPortWhenTheMainOneIsTaken() throws Exception {
        try (ServiceHost squatter = new ServiceHost("127.0.0.5", 0, Clock.systemUTC()).start()) {
            int taken = java.net.URI.create(squatter.baseUrl()).getPort();
            try (ServiceHost aliased = new ServiceHost("127.0.0.4", taken, List.of("127.0.0.5"),
                    Clock.systemUTC()).start()) {
                aliased.mount("/menu", MENU);
                String url = aliased.url("/menu", 0);
                assertTrue(url.startsWith("http://127.0.0.5:") && !url.contains(":" + taken + "/"), url);
                String base = url.substring(0, url.length() - "/menu".length());
                assertEquals(200, PhoneRequest.get(DESK_7960, base, "/menu").status());
            }
        }
    }

    @Test
    void unknownAliasIndexSaysWhichAliasesExist() {
        String message = assertThrows(IllegalArgumentException.class, () -> host.url("/menu", 0)).getMessage();
        assertTrue(message.contains("saw 0 (aliases: []"), message);
    }
}
