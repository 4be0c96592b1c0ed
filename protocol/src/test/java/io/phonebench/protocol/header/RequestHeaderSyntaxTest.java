package io.phonebench.protocol.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestHeaderSyntaxTest {

    @Test
    void parsesThe7970DisplayHeader() {
        DisplayHeader display = DisplayHeader.parse("298, 168, 12, C");
        assertEquals(new DisplayHeader(298, 168, 12, true), display);
        assertEquals("298, 168, 12, C", display.format());
        assertEquals(new DisplayHeader(133, 65, 2, false), DisplayHeader.parse("133,65,2,G"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"298, 168, 12", "298, 168, 12, X", "298x168, 12, C", "0, 168, 12, C", "298, 168, 0, C",
            "298, 168, 12, c", ""})
    void refusesMalformedDisplayHeaders(String value) {
        HeaderSyntaxException e = assertThrows(HeaderSyntaxException.class, () -> DisplayHeader.parse(value));
        assertTrue(e.getMessage().contains("x-CiscoIPPhoneDisplay"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.0.3", "3.3(4)", "3.3.3", "9.1"})
    void roundTripsSdkVersionsInEitherStyle(String version) {
        assertEquals(version, SdkVersion.parse(version).format());
    }

    @Test
    void ordersSdkVersionsWhateverTheirStyle() {
        assertTrue(SdkVersion.parse("3.3(4)").compareTo(SdkVersion.parse("3.3.3")) > 0);
        assertTrue(SdkVersion.parse("5.0.3").atLeast(SdkVersion.parse("3.3(4)")));
        assertEquals(0, SdkVersion.parse("3.3(4)").compareTo(SdkVersion.parse("3.3.4")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.0.x", "5", "v5.0.3", "5.0.3.1", "3.3(4"})
    void refusesMalformedSdkVersions(String version) {
        HeaderSyntaxException e = assertThrows(HeaderSyntaxException.class, () -> SdkVersion.parse(version));
        assertTrue(e.getMessage().contains("x-CiscoIPPhoneSDKVersion"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"iso-8859-1, utf-8;q=0.8", "utf-8,iso-8859-1;q=0.8", "utf-8", "*;q=0.1, utf-8"})
    void roundTripsAcceptCharsetAsEachGenerationSendsIt(String value) {
        assertEquals(value, AcceptCharsetHeader.parse(value).format());
    }

    @Test
    void ordersCharsetsByPreference() {
        AcceptCharsetHeader old = AcceptCharsetHeader.parse("iso-8859-1, utf-8;q=0.8");
        assertEquals(List.of("iso-8859-1", "utf-8"), old.preferenceOrder());
        AcceptCharsetHeader newer = AcceptCharsetHeader.parse("iso-8859-1;q=0.8,utf-8");
        assertEquals(Optional.of("utf-8"), newer.preferred());
    }

    @Test
    void acceptsOnlyListedCharsetsUnderAnyAlias() {
        AcceptCharsetHeader header = AcceptCharsetHeader.parse("utf-8,iso-8859-1;q=0.8,shift_jis;q=0");
        assertTrue(header.accepts("UTF-8"));
        assertTrue(header.accepts("ISO-8859-1"));
        assertTrue(header.accepts("latin1"));
        assertFalse(header.accepts("windows-1252"));
        assertFalse(header.accepts("Shift_JIS"));
        assertTrue(AcceptCharsetHeader.parse("*").accepts("koi8-r"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "utf-8,,iso-8859-1", "utf-8;q=2", "utf-8;q=0.8888", "utf-8;level=1", "utf-8;q",
            "utf 8"})
    void refusesMalformedAcceptCharset(String value) {
        HeaderSyntaxException e = assertThrows(HeaderSyntaxException.class, () -> AcceptCharsetHeader.parse(value));
        assertTrue(e.getMessage().contains("Accept-Charset"), e.getMessage());
    }

    @Test
    void roundTripsAcceptLanguage() {
        AcceptLanguageHeader header = AcceptLanguageHeader.parse("en-US");
        assertEquals("en-US", header.format());
        assertEquals(Locale.US, header.preferredLocale());
        assertEquals(Locale.JAPAN, AcceptLanguageHeader.parse("en;q=0.5, ja-JP").preferredLocale());
        assertEquals("de-CH,fr;q=0.7", AcceptLanguageHeader.parse("de-CH,fr;q=0.7").format());
    }

    @Test
    void readsCiscoLocaleSpellingOfLanguageTags() {
        // a captured CP-7942G sends en_US: Cisco's locale spelling, the same locale as en-US
        assertEquals(Locale.US, AcceptLanguageHeader.parse("en_US").preferredLocale());
        assertEquals("en_US", AcceptLanguageHeader.parse("en_US").format());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en US", "", "en-US;q=x", "englishlanguage-US"})
    void refusesMalformedAcceptLanguage(String value) {
        HeaderSyntaxException e = assertThrows(HeaderSyntaxException.class, () -> AcceptLanguageHeader.parse(value));
        assertTrue(e.getMessage().contains("Accept-Language"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"x-CiscoIPPhone/*;version=3.3.3", "x-CiscoIPPhone/Menu;version=3.3.4",
            "x-CiscoIPPhone/*, text/*, image/png", "x-CiscoIPPhone/Text,x-CiscoIPPhone/Menu;version=3.3.4"})
    void roundTripsAcceptHeaders(String value) {
        assertEquals(value, AcceptHeader.parse(value).format());
    }

    @Test
    void tellsWhichObjectsAndVersionsThePhoneAccepts() {
        SdkVersion sdk = SdkVersion.parse("5.0.3");
        AcceptHeader all = AcceptHeader.parse("x-CiscoIPPhone/*;version=3.3.3, text/*");
        assertTrue(all.acceptsObject("CiscoIPPhoneMenu"));
        assertEquals(Optional.of(SdkVersion.parse("3.3.3")), all.objectVersion("CiscoIPPhoneMenu", sdk));
        assertTrue(all.acceptsMediaType("text/xml"));
        assertFalse(all.acceptsMediaType("image/png"));

        AcceptHeader perObject = AcceptHeader.parse("x-CiscoIPPhone/Menu;version=3.3.4,x-CiscoIPPhone/Text");
        assertTrue(perObject.acceptsObject("CiscoIPPhoneText"));
        assertFalse(perObject.acceptsObject("CiscoIPPhoneImageFile"));
        assertEquals(Optional.of(sdk), perObject.objectVersion("CiscoIPPhoneText", sdk));
        assertEquals(Optional.of(SdkVersion.parse("3.3.4")), perObject.objectVersion("CiscoIPPhoneMenu", sdk));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x-CiscoIPPhone", "x-CiscoIPPhone/Menu;version=new", "*/xml", "text/xml;charset",
            "x-CiscoIPPhone/Menu,"})
    void refusesMalformedAcceptHeaders(String value) {
        HeaderSyntaxException e = assertThrows(HeaderSyntaxException.class, () -> AcceptHeader.parse(value));
        assertTrue(e.getMessage().startsWith("malformed Accept header"), e.getMessage());
    }
}
