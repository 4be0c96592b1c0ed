package io.phonebench.emulator.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.emulator.clock.ManualPhoneClock;
import io.phonebench.protocol.object.CiscoIPPhoneExecute;
import io.phonebench.protocol.object.CiscoIPPhoneStatus;
import io.phonebench.protocol.object.ExecuteItem;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PowerCycleResetTest {
    private final ManualPhoneClock clock = new ManualPhoneClock();
    private final TestServices services = new TestServices()
            .xml("/ticker", TestServices.text("Ticker", "tick"), "Refresh", "5", "Set-Cookie", "SID=abc; Path=/")
            .xml("/later", TestServices.text("Later", "l"));
    private final ReferencePhone phone = Phones.phone("CP-7970G", clock);

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void resetForgetsDisplayHistoryCookiesStatusAndDeferredItems() {
        BufferedImage booted = phone.screen();
        phone.open(services.url("/ticker"));
        phone.push(new CiscoIPPhoneStatus("On hold", 0, -1, -1, null));
        phone.push(CiscoIPPhoneExecute.of(new ExecuteItem(services.url("/later").toString(), 1)));
        assertFalse(phone.idle());
        assertEquals(1, phone.cookies(services.url("/").getHost()).size());

        phone.reset();

        assertTrue(phone.idle());
        assertTrue(phone.currentObject().isEmpty());
        assertTrue(phone.statusObject().isEmpty());
        assertEquals(List.of(), phone.history());
        assertEquals(List.of(), phone.loads());
        assertEquals(List.of(), phone.cookieHosts());
        assertEquals(List.of(), phone.pendingWhenIdle());
        assertScreensEqual(booted, phone.screen());
        assertEquals(0, services.hits("/later"), "a deferred item must not run on reset");
    }

    @Test
    void resetCancelsTheRefreshTimer() {
        phone.open(services.url("/ticker"));
        phone.reset();
        clock.advance(Duration.ofSeconds(30));
        assertEquals(1, services.hits("/ticker"));
        assertTrue(phone.idle());
    }

    @Test
    void resetKeepsTheRecordedRequestsAsEvidence() {
        phone.open(services.url("/ticker"));
        phone.reset();
        assertEquals(1, phone.requests().size());
    }

    @Test
    void nextSessionAfterResetSendsNoOldCookie() {
        phone.open(services.url("/ticker"));
        phone.reset();
        phone.open(services.url("/later"));
        assertEquals(null, phone.requests().get(1).header("Cookie").orElse(null), phone.requests().get(1).toString());
    }

    private static void assertScreensEqual(BufferedImage expected, BufferedImage actual) {
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertEquals(expected.getRGB(x, y), actual.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }
}
