package io.phonebench.bench.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.service.ServiceHost;
import io.phonebench.drivers.phone.PhoneAddress;
import io.phonebench.drivers.phone.PhoneClient;
import io.phonebench.drivers.phone.PhoneClientSettings;
import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.virtual.FirmwareProfile;
import io.phonebench.emulator.virtual.VirtualPhone;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Capturing a faithful virtual phone gives back its catalog entry; capturing a legal variation shows that variation
 * and nothing else.
 */
class ModelCaptureTest {
    private static final PhoneCatalog CATALOG = PhoneCatalog.standard();

    @Test
    void capturingAFaithfulPhoneReproducesItsCatalogEntry() {
        CapturedModel captured = capture("CP-7970G", "127.0.7.21", FirmwareProfile.faithful());

        assertEquals(List.of(), captured.differences(), captured.yaml());
        assertEquals(CapturedModel.fields(CATALOG.model("CP-7970G")), CapturedModel.fields(captured.captured()));
        assertTrue(captured.yaml().contains("acceptCharset: \"capture: 127.0.7.21:"), captured.yaml());
        assertTrue(captured.yaml().contains("lines: \"catalog (not probed): Cisco SDK text\""), captured.yaml());
        for (String probed : List.of("screenshotFormat", "colourPng", "clearsSessionOnClose")) {
            assertTrue(captured.yaml().contains("      " + probed + ": \"capture: 127.0.7.21:"), probed + " probed, in\n"
                    + captured.yaml());
        }
    }

    @Test
    void capturingACurrentPhoneLearnsItsPngScreenshotsAndTheSessionItKeepsOnClose() {
        CapturedModel captured = capture("CP-8861", "127.0.7.24", FirmwareProfile.faithful());

        assertEquals(List.of(), captured.differences(), captured.yaml());
        assertEquals(PhoneModel.ScreenshotFormat.PNG, captured.captured().screenshotFormat());
        assertTrue(captured.captured().colourPng());
        assertTrue(captured.yaml().contains("      screenshotFormat: \"capture: 127.0.7.24:"), captured.yaml());
    }

    @Test
    void screenshotFormatIsReadFromTheImagesFirstBytes() {
        assertEquals(Optional.of(PhoneModel.ScreenshotFormat.BMP), ModelCapture.screenshotFormat("BM\0\0".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.of(PhoneModel.ScreenshotFormat.PNG), ModelCapture.screenshotFormat(new byte[] {
                (byte) 0x89, 'P', 'N', 'G', 13, 10}));
        assertEquals(Optional.empty(), ModelCapture.screenshotFormat("GIF89a".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertTrue(ModelCapture.acceptsPng("x-CiscoIPPhone/*, text/*,IMAGE/PNG;q=0.9,*/*"));
        assertTrue(!ModelCapture.acceptsPng("x-CiscoIPPhone/*;version=3.3.4, text/*, */*"));
    }

    @Test
    void capturingALegalVariationShowsThatVariationAndNothingElse() {
        CapturedModel captured = capture("CP-7941G", "127.0.7.22", FirmwareProfile.named("compact-headers"));

        assertEquals(List.of(
                "displayHeader: catalog \"298, 144, 4, G\" -> captured \"298,144,4,G\"",
                "accept: catalog \"x-CiscoIPPhone/*;version=5.0.3, text/*, image/png, */*\" -> captured"
                        + " \"x-CiscoIPPhone/*;version=5.0.3,text/*,image/png,*/*\""), captured.differences());
    }

    @Test
    void capturingAClassicPhoneLearnsItsPushLimitAndPages() {
        CapturedModel captured = capture("CP-7960G", "127.0.7.23", FirmwareProfile.named("bare-language-tag"));

        assertEquals(List.of("acceptLanguage: catalog \"en-US\" -> captured \"en\""), captured.differences());
        assertEquals(512, captured.captured().pushLimitBytes());
    }

    private static CapturedModel capture(String model, String address, FirmwareProfile profile) {
        PhoneModel entry = CATALOG.model(model);
        try (VirtualPhone device = VirtualPhone.builder(entry).address(address).credentials("bench", "bench")
                .profile(profile).bootTime(Duration.ZERO).build();
             ServiceHost services = new ServiceHost("127.0.0.1", 0, Clock.systemUTC())) {
            device.start();
            device.awaitReady(Duration.ofSeconds(10));
            services.start();
            PhoneAddress at = new PhoneAddress(address, device.uri().getPort(), "bench", "bench");
            try (PhoneClient probe = new PhoneClient(at, 512, PhoneClientSettings.defaults());
                 PhoneClient large = new PhoneClient(at, 40960, PhoneClientSettings.defaults())) {
                return new ModelCapture(probe, large, services).capture(n -> CATALOG.names().contains(n)
                        ? Optional.of(CATALOG.model(n)) : Optional.empty());
            }
        }
    }
}
