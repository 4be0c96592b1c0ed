package io.phonebench.emulator.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.emulator.clock.ManualPhoneClock;
import io.phonebench.emulator.reference.display.DisplayContent.StatusWindow;
import io.phonebench.protocol.object.CipBitmap;
import io.phonebench.protocol.object.CiscoIPPhoneStatus;
import io.phonebench.protocol.object.CiscoIPPhoneStatusFile;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatusWindowTest {
    private final ManualPhoneClock clock = new ManualPhoneClock();
    private final TestServices services = new TestServices()
            .page("/status.png", "image/png", FilePicturesTest.png(6, 6, 0x00FF00));

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void statusIsDrawnOnTheIdleScreenWithItsText() {
        ReferencePhone phone = Phones.phone("CP-7970G", clock);
        byte[] idle = phone.screenshot();
        phone.push(new CiscoIPPhoneStatus("Queue: 3", null, -1, -1, null));
        StatusWindow window = phone.displayContent().status().orElseThrow();
        assertEquals("Queue: 3", window.text());
        assertEquals(Optional.empty(), window.timerSeconds());
        assertFalse(Arrays.equals(idle, phone.screenshot()), "the status window must change the screen");
    }

    @Test
    void timerCountsUpFromItsSeedByThePhonesClock() {
        ReferencePhone phone = Phones.phone("CP-7960G", clock);
        phone.push(new CiscoIPPhoneStatus("On call", 30, 0, 0, CipBitmap.pack(4, 2, 2, new int[8])));
        byte[] before = phone.screenshot();
        clock.advance(Duration.ofSeconds(45));
        assertEquals(Optional.of(75L), phone.displayContent().status().orElseThrow().timerSeconds());
        assertFalse(Arrays.equals(before, phone.screenshot()), "1:15 must be drawn instead of 0:30");
    }

    @Test
    void statusLivesOnTheCallPlaneBehindAServicePageAndClearsWithInitAppStatus() {
        ReferencePhone phone = Phones.phone("CP-7970G", clock);
        phone.push(new CiscoIPPhoneStatus("Queue: 3", null, -1, -1, null));
        phone.push(new CiscoIPPhoneText("Page", null, "body"));
        assertTrue(phone.displayContent().status().isEmpty(), "not drawn over the service page");
        assertTrue(phone.statusObject().isPresent(), "still held for the call plane");
        phone.press("Init:Services");
        assertTrue(phone.displayContent().status().isPresent(), "back on the call plane");
        phone.press("Init:AppStatus");
        assertTrue(phone.displayContent().status().isEmpty());
    }

    @Test
    void statusFileFetchesItsPngAndTwoPhonesDrawItAlike() {
        ReferencePhone a = Phones.phone("CP-8861", clock);
        ReferencePhone b = Phones.phone("CP-8861", clock);
        CiscoIPPhoneStatusFile status = new CiscoIPPhoneStatusFile("Parked", 0, -1, -1,
                services.url("/status.png").toString());
        a.push(status);
        b.push(status);
        assertEquals(2, services.hits("/status.png"));
        assertTrue(a.displayContent().status().orElseThrow().picture().isPresent());
        assertArrayEquals(a.screenshot(), b.screenshot());
    }
}
