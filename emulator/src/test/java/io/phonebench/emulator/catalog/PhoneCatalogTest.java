package io.phonebench.emulator.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.emulator.catalog.PhoneModel.Generation;
import io.phonebench.emulator.catalog.PhoneModel.ScreenshotFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneCatalogTest {
    private static final String VALID_ENTRY = """
            models:
              - name: CP-7960G
                generation: CLASSIC_OLD
                display: { width: 133, height: 65, depth: 2, colour: false }
                sdkVersion: "3.3.4"
                accept: ["x-CiscoIPPhone/*;version=3.3.4"]
                acceptCharset: "iso-8859-1, utf-8;q=0.8"
                acceptLanguage: en-US
                clearsSessionOnClose: false
                colourPng: false
                screenshotFormat: BMP
                screenshotWidth: 168
                screenshotHeight: 105
                lines: 6
                softkeys: 4
                ethernetPorts: 2
                rtpStreamSlots: 3
                pushLimitBytes: 512
            """;

    private final PhoneCatalog catalog = PhoneCatalog.standard();

    @ParameterizedTest
    @ValueSource(strings = {"CP-7905G", "CP-7912G", "CP-7940G", "CP-7960G", "CP-7911G", "CP-7941G", "CP-7961G",
            "CP-7970G", "CP-7971G", "CP-7945G", "CP-7965G", "CP-7975G", "CP-8841", "CP-8861", "CP-7821", "CP-7841"})
    void loadsEveryModelTheBenchSupports(String name) {
        PhoneModel model = catalog.model(name);
        assertEquals(name, model.name());
        assertTrue(model.screenshotWidth() > 0 && model.screenshotHeight() > 0, name + " screenshot size");
        assertEquals(model.generation().pushLimitBytes(), model.pushLimitBytes(), name + " push limit");
    }

    @Test
    void pushLimitIs512OnClassicAnd40KbOnCurrentFirmware() {
        assertEquals(512, catalog.model("CP-7970G").pushLimitBytes());
        assertEquals(512, catalog.model("CP-7940G").pushLimitBytes());
        assertEquals(40960, catalog.model("CP-8861").pushLimitBytes());
        assertEquals(40960, catalog.model("CP-7821").pushLimitBytes());
    }

    @Test
    void oldAndNewModelsSendTheirAcceptCharsetExactly() {
        assertEquals("iso-8859-1, utf-8;q=0.8", catalog.model("CP-7960G").requestHeaders().get("Accept-Charset"));
        assertEquals("iso-8859-1, utf-8;q=0.8", catalog.model("CP-7905G").acceptCharset());
        assertEquals("utf-8,iso-8859-1;q=0.8", catalog.model("CP-7970G").requestHeaders().get("Accept-Charset"));
        assertEquals("utf-8,iso-8859-1;q=0.8", catalog.model("CP-7911G").acceptCharset());
    }

    @Test
    void displayHeaderIsFormattedAsThePhoneSendsIt() {
        assertEquals("298, 168, 12, C", catalog.model("CP-7970G").requestHeaders().get("x-CiscoIPPhoneDisplay"));
        assertEquals("133, 65, 2, G", catalog.model("CP-7960G").requestHeaders().get("x-CiscoIPPhoneDisplay"));
        assertEquals("559, 265, 24, C", catalog.model("CP-8861").requestHeaders().get("x-CiscoIPPhoneDisplay"));
    }

    @Test
    void modelsWithoutImageAreaStillSendTheDisplayHeader() {
        Map<String, String> headers = catalog.model("CP-7912G").requestHeaders();
        assertEquals("128, 64, 1, G", headers.get("x-CiscoIPPhoneDisplay"));
        assertEquals(List.of("x-CiscoIPPhoneModelName", "x-CiscoIPPhoneDisplay", "x-CiscoIPPhoneSDKVersion", "Accept",
                "Accept-Language", "Accept-Charset"), List.copyOf(headers.keySet()));
    }

    @Test
    void holdsCapturedHeaderValuesVerbatimWithTheirSource() {
        PhoneModel p7942 = catalog.model("CP-7942G");
        Map<String, String> headers = p7942.requestHeaders();
        assertEquals("298,144,3,G", headers.get("x-CiscoIPPhoneDisplay"));
        assertEquals("x-CiscoIPPhone/*, text/*,image/png,*/*", headers.get("Accept"));
        assertEquals("iso-8859-1,utf-8;q=0.8", headers.get("Accept-Charset"));
        assertEquals("en_US", headers.get("Accept-Language"));
        assertTrue(p7942.source("acceptCharset").startsWith("capture: CP-7942G"), p7942.source("acceptCharset"));
        assertEquals(PhoneModel.SDK_TEXT, p7942.source("pushLimitBytes"));
        assertEquals("iso-8859-1", catalog.model("CP-7921G").acceptCharset());
        assertEquals("en", catalog.model("CP-7921G").acceptLanguage());
    }

    @Test
    void clearsSessionsOnCloseOnlyWhereTheSdkSaysSo() {
        for (String name : List.of("CP-7970G", "CP-7971G", "CP-7961G", "CP-7941G", "CP-7911G", "CP-8861", "CP-7841")) {
            assertTrue(catalog.model(name).clearsSessionOnClose(), name);
        }
        for (String name : List.of("CP-7940G", "CP-7960G", "CP-7905G", "CP-7912G")) {
            assertFalse(catalog.model(name).clearsSessionOnClose(), name);
        }
    }

    @Test
    void sevenNineSixtyClassShowsNoColourPng() {
        assertFalse(catalog.model("CP-7960G").colourPng());
        assertFalse(catalog.model("CP-7940G").colourPng());
        assertTrue(catalog.model("CP-7970G").colourPng());
    }

    @Test
    void screenshotFormatAndPanelSizeFollowTheModel() {
        PhoneModel p7970 = catalog.model("CP-7970G");
        assertEquals(ScreenshotFormat.BMP, p7970.screenshotFormat());
        assertEquals(320, p7970.screenshotWidth());
        assertEquals(212, p7970.screenshotHeight());
        PhoneModel p8861 = catalog.model("CP-8861");
        assertEquals(ScreenshotFormat.PNG, p8861.screenshotFormat());
        assertEquals(800, p8861.screenshotWidth());
        assertEquals(Generation.CURRENT, p8861.generation());
    }

    @Test
    void unknownModelListsTheKnownOnes() {
        UnknownModelException e = assertThrows(UnknownModelException.class, () -> catalog.model("CP-9999"));
        assertTrue(e.getMessage().contains("'CP-9999'"), e.getMessage());
        assertTrue(e.getMessage().contains("CP-7970G") && e.getMessage().contains("CP-8861"), e.getMessage());
        assertEquals(catalog.names(), e.knownModels());
    }

    @Test
    void aNearMissOfAModelNameIsNamed() {
        UnknownModelException e = assertThrows(UnknownModelException.class, () -> catalog.model("CP-7970"));
        assertTrue(e.getMessage().startsWith("unknown phone model 'CP-7970': did you mean 'CP-7970G'? (known: "),
                e.getMessage());
    }

    @Test
    void loadsAValidEntry() {
        PhoneCatalog one = load(VALID_ENTRY);
        assertEquals(List.of("CP-7960G"), one.names());
    }

    @Test
    void badFieldNamesModelAndField() {
        CatalogException e = assertThrows(CatalogException.class,
                () -> load(VALID_ENTRY.replace("softkeys: 4", "softkeys: four")));
        assertEquals("test.yaml:15: model CP-7960G, field softkeys: expected a positive whole number, saw \"four\"",
                e.getMessage());
    }

    @Test
    void refusesAcceptCharsetThatContradictsTheGenerationWithoutASource() {
        CatalogException e = assertThrows(CatalogException.class,
                () -> load(VALID_ENTRY.replace("\"iso-8859-1, utf-8;q=0.8\"", "\"utf-8,iso-8859-1;q=0.8\"")));
        assertTrue(e.getMessage().contains("model CP-7960G, field acceptCharset"), e.getMessage());
        assertTrue(e.getMessage().contains("sources.acceptCharset"), e.getMessage());
    }

    @Test
    void statusObjectSupportFollowsCiscosTablesWithTheirSource() {
        assertEquals(PhoneModel.StatusObject.SUPPORTED, catalog.model("CP-7960G").statusObject());
        assertEquals(PhoneModel.StatusObject.SUPPORTED, catalog.model("CP-8861").statusObject());
        assertEquals(PhoneModel.StatusObject.UNSUPPORTED, catalog.model("CP-7911G").statusObject());
        assertEquals(PhoneModel.StatusObject.UNDOCUMENTED, catalog.model("CP-7841").statusObject());
        assertTrue(catalog.model("CP-7911G").source("statusObject").contains("7.1(3), Table 3-1"),
                catalog.model("CP-7911G").source("statusObject"));
        CatalogException e = assertThrows(CatalogException.class,
                () -> load(VALID_ENTRY + "    statusObject: SUPPORTED\n"));
        assertTrue(e.getMessage().contains("sources.statusObject"), e.getMessage());
        assertEquals(PhoneModel.StatusObject.UNDOCUMENTED, load(VALID_ENTRY).model("CP-7960G").statusObject());
    }

    @Test
    void acceptsAnotherAcceptCharsetWhenItsCaptureIsNamed() {
        PhoneCatalog one = load(VALID_ENTRY.replace("\"iso-8859-1, utf-8;q=0.8\"", "\"iso-8859-1\"")
                + "    sources: { acceptCharset: \"capture: lab phone, firmware 8.1(2)\" }\n");
        assertEquals("iso-8859-1", one.model("CP-7960G").acceptCharset());
        assertEquals("capture: lab phone, firmware 8.1(2)", one.model("CP-7960G").source("acceptCharset"));
    }

    @Test
    void refusesAHeaderValueThatDoesNotParse() {
        CatalogException e = assertThrows(CatalogException.class,
                () -> load(VALID_ENTRY.replace("acceptLanguage: en-US", "acceptLanguage: \"en US\"")));
        assertTrue(e.getMessage().contains("model CP-7960G, field acceptLanguage"), e.getMessage());
    }

    @Test
    void refusesMissingAndUnknownFields() {
        CatalogException missing = assertThrows(CatalogException.class,
                () -> load(VALID_ENTRY.replace("    lines: 6\n", "")));
        assertEquals("test.yaml:2: model CP-7960G, field lines: expected a value, saw nothing", missing.getMessage());
        CatalogException unknown = assertThrows(CatalogException.class,
                () -> load(VALID_ENTRY.replace("lines: 6", "lines: 6\n    line: 6")));
        assertTrue(unknown.getMessage().contains("unknown field 'line'"), unknown.getMessage());
    }

    @Test
    void refusesAModelListedTwice() {
        String twice = VALID_ENTRY + VALID_ENTRY.substring(VALID_ENTRY.indexOf("  - name"));
        CatalogException e = assertThrows(CatalogException.class, () -> load(twice));
        assertTrue(e.getMessage().contains("model CP-7960G") && e.getMessage().contains("#2"), e.getMessage());
    }

    @Test
    void unknownFieldNamesItsLineAndTheNearestKnownField() {
        CatalogException e = assertThrows(CatalogException.class,
                () -> load(VALID_ENTRY.replace("softkeys: 4", "softkey: 4")));
        assertEquals("test.yaml:15: model CP-7960G: unknown field 'softkey': did you mean 'softkeys'?",
                e.getMessage());
    }

    @Test
    void nestedFieldNamesItsOwnLine() {
        CatalogException e = assertThrows(CatalogException.class, () -> load(VALID_ENTRY.replace(
                "display: { width: 133, height: 65, depth: 2, colour: false }",
                "display:\n      width: 133\n      height: -65\n      depth: 2\n      colour: false")));
        assertEquals("test.yaml:6: model CP-7960G, field display.height: expected a positive whole number, saw -65",
                e.getMessage());
    }

    @Test
    void yamlSyntaxErrorNamesItsLine() {
        CatalogException e = assertThrows(CatalogException.class,
                () -> load(VALID_ENTRY.replace("lines: 6", "lines: [6")));
        assertTrue(e.getMessage().startsWith("test.yaml:") && e.getMessage().contains(": not valid YAML: "),
                e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void modelListedTwiceNamesTheSecondLine() {
        String twice = VALID_ENTRY + VALID_ENTRY.substring(VALID_ENTRY.indexOf("  - name"));
        CatalogException e = assertThrows(CatalogException.class, () -> load(twice));
        assertTrue(e.getMessage().startsWith("test.yaml:19: model CP-7960G, field name"), e.getMessage());
    }

    private static PhoneCatalog load(String yaml) {
        return PhoneCatalog.load("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }
}
