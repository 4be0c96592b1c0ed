package io.phonebench.emulator.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.emulator.clock.ManualPhoneClock;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TextScrollTest {
    private static final String FORTY_LINES = IntStream.rangeClosed(1, 40).mapToObj(i -> "line " + i)
            .collect(Collectors.joining("\n"));
    private final ManualPhoneClock clock = new ManualPhoneClock();
    private final ReferencePhone phone = Phones.phone("CP-7960G", clock);

    @Test
    void navDownScrollsLongTextOneLineAndChangesTheScreen() {
        phone.push(new CiscoIPPhoneText("News", "More", FORTY_LINES));
        byte[] first = phone.screenshot();
        assertEquals(0, phone.displayContent().firstLine());
        phone.press("Key:NavDwn");
        assertEquals(1, phone.displayContent().firstLine());
        assertFalse(Arrays.equals(first, phone.screenshot()));
    }

    @Test
    void scrollingStopsWhenTheLastLineIsOnScreenAndNavUpComesBack() {
        phone.push(new CiscoIPPhoneText("News", "More", FORTY_LINES));
        for (int i = 0; i < 60; i++) {
            phone.press("Key:NavDwn");
        }
        int last = phone.displayContent().firstLine();
        assertTrue(last > 0 && last < 39, "the last screenful starts at " + last);
        phone.press("Key:NavDwn");
        assertEquals(last, phone.displayContent().firstLine());
        phone.press("Key:NavUp");
        assertEquals(last - 1, phone.displayContent().firstLine());
    }

    @Test
    void shortTextDoesNotScroll() {
        phone.push(new CiscoIPPhoneText("News", null, "one line"));
        phone.press("Key:NavDwn");
        assertEquals(0, phone.displayContent().firstLine());
    }

    @Test
    void aNewPageStartsAtTheTop() {
        phone.push(new CiscoIPPhoneText("News", null, FORTY_LINES));
        phone.press("Key:NavDwn");
        phone.push(new CiscoIPPhoneText("Other", null, FORTY_LINES));
        assertEquals(0, phone.displayContent().firstLine());
    }
}
