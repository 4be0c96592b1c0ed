package io.phonebench.emulator.reference;

import io.phonebench.emulator.deviation.Deviation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.phonebench.emulator.clock.ManualPhoneClock;
import io.phonebench.protocol.exchange.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PhoneRequestsTest {
    private final ManualPhoneClock clock = new ManualPhoneClock();
    private final TestServices services = new TestServices()
            .xml("/menu", TestServices.text("Hi", "there"), "Set-Cookie", "sid=42");

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void oldModelSendsItsHeadersWithIsoFirst() {
        RecordedRequest get = firstRequest(Phones.phone("CP-7960G", clock));
        assertEquals("CP-7960G", get.header("x-CiscoIPPhoneModelName").orElse(null));
        assertEquals("133, 65, 2, G", get.header("x-CiscoIPPhoneDisplay").orElse(null));
        assertEquals(Phones.model("CP-7960G").sdkVersion(), get.header("x-CiscoIPPhoneSDKVersion").orElse(null));
        assertEquals("iso-8859-1, utf-8;q=0.8", get.header("Accept-Charset").orElse(null));
        assertEquals("en-US", get.header("Accept-Language").orElse(null));
        assertEquals(Phones.model("CP-7960G").accept(), get.header("Accept").orElse(null));
    }

    @Test
    void newModelSendsUtf8FirstAndItsColourDisplay() {
        RecordedRequest get = firstRequest(Phones.phone("CP-7970G", clock));
        assertEquals("CP-7970G", get.header("x-CiscoIPPhoneModelName").orElse(null));
        assertEquals("298, 168, 12, C", get.header("x-CiscoIPPhoneDisplay").orElse(null));
        assertEquals("utf-8,iso-8859-1;q=0.8", get.header("Accept-Charset").orElse(null));
    }

    @Test
    void sendsBackTheCookieTheServiceSet() {
        ReferencePhone phone = Phones.phone("CP-7970G", clock);
        phone.open(services.url("/menu"));
        assertNull(phone.requests().get(0).header("Cookie").orElse(null));
        phone.press("SoftKey:Update");
        assertEquals("sid=42", phone.requests().get(1).header("Cookie").orElse(null));
    }

    @Test
    void wrongAcceptCharsetDeviationSwapsOnlyThatHeader() {
        RecordedRequest faithful = firstRequest(Phones.phone("CP-7970G", clock));
        RecordedRequest deviant = firstRequest(Phones.phone("CP-7970G", clock, Deviation.WRONG_ACCEPT_CHARSET));
        assertEquals("iso-8859-1, utf-8;q=0.8", deviant.header("Accept-Charset").orElse(null));
        faithful.headers().keySet().stream().filter(h -> !h.equals("Accept-Charset"))
                .forEach(h -> assertEquals(faithful.header(h).orElse(null), deviant.header(h).orElse(null), h));
    }

    private RecordedRequest firstRequest(ReferencePhone phone) {
        phone.open(services.url("/menu"));
        return phone.requests().get(0);
    }
}
