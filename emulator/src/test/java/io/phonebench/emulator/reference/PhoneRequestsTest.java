package io.phonebench.emulator.reference;

import io.phonebench.emulator.deviation.Deviation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.phonebench.emulator.clock.ManualPhoneClock;
import io.phonebench.emulator.reference.http.RecordedFetch;
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
        RecordedFetch get = firstRequest(Phones.phone("CP-7960G", clock));
        assertEquals("CP-7960G", get.header("x-CiscoIPPhoneModelName"));
        assertEquals("133, 65, 2, G", get.header("x-CiscoIPPhoneDisplay"));
        assertEquals(Phones.model("CP-7960G").sdkVersion(), get.header("x-CiscoIPPhoneSDKVersion"));
        assertEquals("iso-8859-1, utf-8;q=0.8", get.header("Accept-Charset"));
        assertEquals("en-US", get.header("Accept-Language"));
        assertEquals(Phones.model("CP-7960G").accept(), get.header("Accept"));
    }

    @Test
    void newModelSendsUtf8FirstAndItsColourDisplay() {
        RecordedFetch get = firstRequest(Phones.phone("CP-7970G", clock));
        assertEquals("CP-7970G", get.header("x-CiscoIPPhoneModelName"));
        assertEquals("298, 168, 12, C", get.header("x-CiscoIPPhoneDisplay"));
        assertEquals("utf-8,iso-8859-1;q=0.8", get.header("Accept-Charset"));
    }

    @Test
    void sendsBackTheCookieTheServiceSet() {
        ReferencePhone phone = Phones.phone("CP-7970G", clock);
        phone.open(services.url("/menu"));
        assertNull(phone.requests().get(0).header("Cookie"));
        phone.press("SoftKey:Update");
        assertEquals("sid=42", phone.requests().get(1).header("Cookie"));
    }

    @Test
    void wrongAcceptCharsetDeviationSwapsOnlyThatHeader() {
        RecordedFetch faithful = firstRequest(Phones.phone("CP-7970G", clock));
        RecordedFetch deviant = firstRequest(Phones.phone("CP-7970G", clock, Deviation.WRONG_ACCEPT_CHARSET));
        assertEquals("iso-8859-1, utf-8;q=0.8", deviant.header("Accept-Charset"));
        faithful.headers().keySet().stream().filter(h -> !h.equals("Accept-Charset"))
                .forEach(h -> assertEquals(faithful.header(h), deviant.header(h), h));
    }

    private RecordedFetch firstRequest(ReferencePhone phone) {
        phone.open(services.url("/menu"));
        return phone.requests().get(0);
    }
}
