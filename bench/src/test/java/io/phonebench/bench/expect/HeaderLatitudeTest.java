package io.phonebench.bench.expect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spellings real phones send pass against the catalog's; a different meaning fails. */
class HeaderLatitudeTest {
    private static final Optional<String> SDK = Optional.of("6.0.2");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Accept|x-CiscoIPPhone/*;version=6.0.2, text/*, image/png, */*|x-CiscoIPPhone/*, text/*,image/png,*/*",
            "Accept|x-CiscoIPPhone/*, text/*, image/png, */*|*/*,image/png,TEXT/*,x-CiscoIPPhone/*",
            "Accept-Charset|iso-8859-1, utf-8;q=0.8|iso-8859-1,utf-8;q=0.8",
            "Accept-Charset|iso-8859-1, utf-8;q=0.8|ISO-8859-1,UTF-8;q=0.5",
            "Accept-Charset|iso-8859-1, utf-8;q=0.8|latin1, utf-8;q=0.8",
            "Accept-Language|en-US|en_US",
            "Accept-Language|en-US|en",
            "Accept-Language|en_US|EN-us",
            "x-CiscoIPPhoneDisplay|298, 144, 3, G|298,144,3,G",
            "x-CiscoIPPhoneSDKVersion|3.3.4|3.3(4)",
            "Cookie|a=1; b=2|b=2; a=1"})
    void sameMeaningInAnotherSpellingPasses(String header, String expected, String sent) {
        assertTrue(HeaderLatitude.sameMeaning(header, expected, sent, SDK), header + ": " + expected + " vs " + sent);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Accept|x-CiscoIPPhone/*;version=6.0.2, text/*, image/png, */*|x-CiscoIPPhone/*;version=5.0.3, text/*,image/png,*/*",
            "Accept|x-CiscoIPPhone/*, text/*, image/png, */*|x-CiscoIPPhone/*, text/*, */*",
            "Accept-Charset|iso-8859-1, utf-8;q=0.8|utf-8,iso-8859-1;q=0.8",
            "Accept-Charset|iso-8859-1, utf-8;q=0.8|iso-8859-1",
            "Accept-Charset|iso-8859-1, utf-8;q=0.8|iso-8859-1, utf-8",
            "Accept-Language|en-US|en-GB",
            "Accept-Language|en-US|de",
            "x-CiscoIPPhoneDisplay|298, 144, 4, G|298,144,3,G",
            "x-CiscoIPPhoneDisplay|298, 168, 12, C|298, 168, 12, G",
            "x-CiscoIPPhoneSDKVersion|5.0.3|5.0.2",
            "x-CiscoIPPhoneModelName|CP-7940G|CP-7940",
            "Cookie|a=1; b=2|a=1; b=2; c=3"})
    void differentMeaningFails(String header, String expected, String sent) {
        assertFalse(HeaderLatitude.sameMeaning(header, expected, sent, SDK), header + ": " + expected + " vs " + sent);
    }

    @Test
    void absentAndUnreadableValuesDiffer() {
        assertFalse(HeaderLatitude.sameMeaning("Accept-Language", "en-US", null, SDK));
        assertTrue(HeaderLatitude.sameMeaning("Cookie", null, null, SDK));
        assertFalse(HeaderLatitude.sameMeaning("x-CiscoIPPhoneDisplay", "298, 144, 3, G", "298x144", SDK));
    }

    @Test
    void everyLatitudeNamesItsSource() {
        for (HeaderLatitude l : HeaderLatitude.values()) {
            assertFalse(l.source().isBlank(), l.name());
            assertTrue(l.describe().startsWith(l.name() + ": "), l.describe());
        }
    }
}
