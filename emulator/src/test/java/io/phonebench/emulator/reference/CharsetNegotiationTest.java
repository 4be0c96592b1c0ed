package io.phonebench.emulator.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.emulator.clock.ManualPhoneClock;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CharsetNegotiationTest {
    private static final String CAFE_JAPAN = "Café 日本";
    private final ManualPhoneClock clock = new ManualPhoneClock();
    private final TestServices services = new TestServices()
            .text("/utf8", "text/xml; charset=utf-8", TestServices.text("T", CAFE_JAPAN), StandardCharsets.UTF_8)
            .text("/undeclared", "text/plain", "Café", StandardCharsets.UTF_8)
            .text("/latin1", "text/plain; charset=iso-8859-1", "Café", StandardCharsets.ISO_8859_1)
            .text("/sjis", "text/plain; charset=Shift_JIS", "日本", Charset.forName("Shift_JIS"));

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void newModelShowsEveryUnicodeCharacter() {
        ReferencePhone phone = Phones.phone("CP-7970G", clock);
        phone.open(services.url("/utf8"));
        assertEquals(CAFE_JAPAN, ((CiscoIPPhoneText) phone.currentObject().orElseThrow()).text());
        assertTrue(phone.displayContent().lines().get(0).text().contains("日本"));
    }

    @Test
    void oldModelReadsUtf8ButShowsNonLatin1CharactersAsTheReplacementGlyph() {
        ReferencePhone phone = Phones.phone("CP-7960G", clock);
        phone.open(services.url("/utf8"));
        assertEquals(CAFE_JAPAN, ((CiscoIPPhoneText) phone.currentObject().orElseThrow()).text());
        assertEquals("Café ??", phone.displayContent().lines().get(0).text());
    }

    @Test
    void bodyWithoutCharsetIsReadInTheLocaleDefaultIso88591() {
        ReferencePhone phone = Phones.phone("CP-7970G", clock);
        phone.open(services.url("/undeclared"));
        assertEquals("CafÃ©", ((CiscoIPPhoneText) phone.currentObject().orElseThrow()).text());
    }

    @Test
    void declaredLatin1IsReadOnBothGenerations() {
        for (String model : new String[] {"CP-7960G", "CP-7970G"}) {
            ReferencePhone phone = Phones.phone(model, clock);
            phone.open(services.url("/latin1"));
            assertEquals("Café", ((CiscoIPPhoneText) phone.currentObject().orElseThrow()).text(), model);
        }
    }

    @Test
    void refusesACharsetOutsideItsAcceptCharset() {
        ReferencePhone phone = Phones.phone("CP-7970G", clock);
        phone.open(services.url("/sjis"));
        assertTrue(phone.idle());
        assertTrue(phone.problems().get(0).reason().contains("Shift_JIS"), phone.problems().toString());
    }
}
