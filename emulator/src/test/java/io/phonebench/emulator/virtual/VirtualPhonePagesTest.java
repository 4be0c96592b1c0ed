package io.phonebench.emulator.virtual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.protocol.device.DeviceInformation;
import io.phonebench.protocol.device.DeviceLog;
import io.phonebench.protocol.device.EthernetInformation;
import io.phonebench.protocol.device.NetworkConfiguration;
import io.phonebench.protocol.device.PortInformation;
import io.phonebench.protocol.device.StreamingStatistics;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VirtualPhonePagesTest {
    private VirtualPhone phone;
    private BenchSideClient bench;

    private void power(String model, String address) {
        phone = VirtualPhone.builder(PhoneCatalog.standard().model(model)).address(address)
                .credentials("bench", "s3cret").bootTime(Duration.ZERO).build();
        phone.start();
        phone.awaitReady(Duration.ofSeconds(5));
        bench = new BenchSideClient(phone);
    }

    @AfterEach
    void powerDown() throws Exception {
        if (bench != null) {
            bench.close();
        }
        if (phone != null) {
            phone.close();
        }
    }

    @Test
    void deviceInformationParsesBackWithAddressDerivedIdentity() throws Exception {
        power("CP-7970G", "127.0.1.21");
        BenchSideClient.Answer answer = bench.get("/DeviceInformationX");
        DeviceInformation info = DeviceInformation.parse(answer.body(), null);
        assertEquals("0003E3000115", info.macAddress().orElseThrow());
        assertEquals("SEP0003E3000115", info.hostName().orElseThrow());
        assertEquals("CP-7970G", info.modelNumber().orElseThrow());
        assertEquals(phone.identity().serialNumber(), info.serialNumber().orElseThrow());
        assertEquals("9.4(2SR3)", info.versionId().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"/DeviceInformationX", "/NetworkConfigurationX", "/EthernetInformationX", "/PortInformationX?1",
            "/StreamingStatisticsX?1", "/DeviceLogX?0"})
    void servesEachXmlPageExactlyAsTheProtocolTypeSerialisesIt(String path) throws Exception {
        // a current-generation phone: 79xx firmware serves DeviceLogX in its own, not well-formed, form (below)
        power("CP-8861", "127.0.1.21");
        byte[] body = bench.get(path).body();
        byte[] reserialised = switch (path.substring(1, path.indexOf('X'))) {
            case "DeviceInformation" -> DeviceInformation.parse(body, null).serialise(StandardCharsets.UTF_8);
            case "NetworkConfiguration" -> NetworkConfiguration.parse(body, null).serialise(StandardCharsets.UTF_8);
            case "EthernetInformation" -> EthernetInformation.parse(body, null).serialise(StandardCharsets.UTF_8);
            case "PortInformation" -> PortInformation.parse(body, null).serialise(StandardCharsets.UTF_8);
            case "StreamingStatistics" -> StreamingStatistics.parse(body, null).serialise(StandardCharsets.UTF_8);
            default -> DeviceLog.parse(body, null).serialise(StandardCharsets.UTF_8);
        };
        assertEquals(new String(reserialised, StandardCharsets.UTF_8), new String(body, StandardCharsets.UTF_8));
    }

    @Test
    void classicPhoneServesDeviceLogInThe79xxForm() throws Exception {
        power("CP-7960G", "127.0.1.22");
        String body = new String(bench.get("/DeviceLogX?0").body(), StandardCharsets.UTF_8);

        assertFalse(body.contains("<DeviceLog"), body);
        assertTrue(body.startsWith("<?xml") && body.indexOf("<?xml", 1) > 0, "a declaration per entry: " + body);
        DeviceLog log = DeviceLog.parse(body.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(2, log.statuses().size(), body);
        assertEquals(List.of("status", "msg", "status", "msg"), log.entries().stream().map(DeviceLog.Entry::name)
                .toList(), body);
        assertEquals("phone ready", log.entries().get(3).text(), body);
    }

    @Test
    void textXmlWithoutCharsetVariationDropsOnlyTheCharsetParameter() throws Exception {
        phone = VirtualPhone.builder(PhoneCatalog.standard().model("CP-7940G")).address("127.0.1.23")
                .credentials("bench", "s3cret").bootTime(Duration.ZERO)
                .profile(FirmwareProfile.named("text-xml-without-charset")).build();
        phone.start();
        phone.awaitReady(Duration.ofSeconds(5));
        bench = new BenchSideClient(phone);

        BenchSideClient.Answer info = bench.get("/DeviceInformationX");
        assertEquals("text/xml", info.contentType());
        assertEquals("CP-7940", DeviceInformation.parse(info.body(), null).modelNumber().orElseThrow());
        assertEquals("text/html; charset=\"utf-8\"", bench.get("/DeviceInformation").contentType(),
                "HTML pages keep their charset");
    }

    @Test
    void sameAddressGivesSameSerialNumberOnEveryRun() {
        power("CP-7970G", "127.0.1.21");
        String serial = phone.identity().serialNumber();
        phone.close();
        phone = VirtualPhone.builder(PhoneCatalog.standard().model("CP-7970G")).address("127.0.1.21")
                .bootTime(Duration.ZERO).build();
        assertEquals(serial, phone.identity().serialNumber());
    }

    @Test
    void everyXmlPageParsesBackWithTheProtocolTypes() throws Exception {
        power("CP-7960G", "127.0.1.22");
        NetworkConfiguration network = NetworkConfiguration.parse(bench.get("/NetworkConfigurationX").body(), null);
        assertEquals("127.0.1.22", network.fields().get("IPAddress"));
        EthernetInformation ethernet = EthernetInformation.parse(bench.get("/EthernetInformationX").body(), null);
        assertTrue(ethernet.rxFrames().orElseThrow() > 0);
        PortInformation port = PortInformation.parse(bench.get("/PortInformationX?1").body(), null);
        assertTrue(port.rxTotalPackets().orElseThrow() > 0);
        DeviceLog log = DeviceLog.parse(bench.get("/DeviceLogX?0").body(), null);
        assertFalse(log.statuses().isEmpty());
        StreamingStatistics stream = StreamingStatistics.parse(bench.get("/StreamingStatisticsX?1").body(), null);
        assertEquals("Not Ready", stream.fields().get("StreamStatus"));
    }

    @Test
    void trafficCountersGrowWithRequests() throws Exception {
        power("CP-8861", "127.0.1.23");
        long before = EthernetInformation.parse(bench.get("/EthernetInformationX").body(), null).rxFrames()
                .orElseThrow();
        bench.get("/DeviceInformationX");
        long after = EthernetInformation.parse(bench.get("/EthernetInformationX").body(), null).rxFrames()
                .orElseThrow();
        assertTrue(after > before, before + " -> " + after);
    }

    @Test
    void numberedPagesOutsideTheModelsRangeAre404() throws Exception {
        power("CP-7960G", "127.0.1.22");
        assertEquals(200, bench.get("/PortInformationX?2").status());
        assertEquals(404, bench.get("/PortInformationX?3").status());
        assertEquals(404, bench.get("/PortInformationX?0").status());
        assertEquals(404, bench.get("/DeviceLogX?3").status());
        assertEquals(404, bench.get("/StreamingStatisticsX?4").status());
        assertEquals(404, bench.get("/StreamingStatisticsX?x").status());
    }

    @Test
    void unknownAndMiscasedPathsAre404() throws Exception {
        power("CP-7960G", "127.0.1.22");
        assertEquals(404, bench.get("/deviceinformationx").status());
        assertEquals(404, bench.get("/Nope").status());
        assertEquals(404, bench.get("/").status());
    }

    @Test
    void htmlVariantsServeTheSameFieldsForPeople() throws Exception {
        power("CP-7960G", "127.0.1.22");
        BenchSideClient.Answer html = bench.get("/DeviceInformation");
        assertEquals(200, html.status());
        assertTrue(html.contentType().startsWith("text/html"), html.contentType());
        assertTrue(html.text().contains(phone.identity().serialNumber()), html.text());
        assertEquals(200, bench.get("/PortInformation?1").status());
    }

    @ParameterizedTest
    @CsvSource({"CP-7970G, 127.0.1.24, image/bmp, 320, 212", "CP-8861, 127.0.1.25, image/png, 800, 480",
            "CP-7960G, 127.0.1.26, image/bmp, 168, 105"})
    void screenshotHasTheModelsFormatAndPanelSize(String model, String address, String type, int width,
                                                  int height) throws Exception {
        power(model, address);
        BenchSideClient.Answer answer = bench.get("/CGI/Screenshot", "bench", "s3cret");
        assertEquals(200, answer.status());
        assertEquals(type, answer.contentType());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(answer.body()));
        assertNotNull(image, "screenshot must decode as " + type);
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
    }

    @Test
    void screenshotNeedsCredentials() throws Exception {
        power("CP-7970G", "127.0.1.24");
        assertEquals("<CiscoIPPhoneError Number=\"4\" />", bench.get("/CGI/Screenshot").text());
        assertEquals("<CiscoIPPhoneError Number=\"4\" />", bench.get("/CGI/Screenshot", "bench", "no").text());
    }
}
