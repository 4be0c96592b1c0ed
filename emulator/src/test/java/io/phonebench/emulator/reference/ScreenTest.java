package io.phonebench.emulator.reference;

import io.phonebench.emulator.deviation.Deviation;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.clock.ManualPhoneClock;
import io.phonebench.protocol.object.CipBitmap;
import io.phonebench.protocol.object.CiscoIPPhoneImage;
import io.phonebench.protocol.object.CiscoIPPhoneMenu;
import io.phonebench.protocol.object.MenuItem;
import io.phonebench.protocol.object.SoftKeyItem;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ScreenTest {
    private static final CiscoIPPhoneMenu MENU = new CiscoIPPhoneMenu("Main", "Pick one",
            List.of(new MenuItem("News", "http://h/n"), new MenuItem("Weather", "http://h/w")));
    private final ManualPhoneClock clock = new ManualPhoneClock();

    @ParameterizedTest
    @ValueSource(strings = {"CP-7960G", "CP-7941G", "CP-7970G", "CP-7975G", "CP-8861"})
    void screenHasTheModelsServiceAreaAndColourMode(String modelName) {
        PhoneModel model = Phones.model(modelName);
        ReferencePhone phone = Phones.phone(modelName, clock);
        phone.push(MENU);
        BufferedImage screen = phone.screen();
        PhoneModel.DisplayArea area = model.display().orElseThrow();
        assertEquals(area.width(), screen.getWidth());
        assertEquals(area.height(), screen.getHeight());
        Set<Integer> colours = colours(screen);
        if (area.colour()) {
            assertEquals(BufferedImage.TYPE_INT_RGB, screen.getType());
        } else {
            assertEquals(BufferedImage.TYPE_BYTE_GRAY, screen.getType());
            assertTrue(colours.size() <= 1 << area.depth(), colours.size() + " grey levels on " + modelName);
        }
    }

    @Test
    void twoBitGreyModelDrawsOnlyItsFourGreyLevels() {
        ReferencePhone phone = Phones.phone("CP-7960G", clock);
        int[] ramp = {0, 1, 2, 3, 0, 1, 2, 3};
        phone.push(new CiscoIPPhoneImage(null, null, 0, 0, CipBitmap.pack(8, 1, 2, ramp)));
        Set<Integer> levels = new TreeSet<>();
        BufferedImage screen = phone.screen();
        for (int x = 0; x < 8; x++) {
            levels.add(screen.getRaster().getSample(x, 0, 0));
        }
        assertEquals(Set.of(0, 85, 170, 255), levels);
        assertEquals(255, screen.getRaster().getSample(0, 0, 0)); // CIP 0 is white
        assertEquals(0, screen.getRaster().getSample(3, 0, 0)); // CIP 3 is black
    }

    @Test
    void sameStateGivesTheSamePixels() {
        ReferencePhone a = Phones.phone("CP-7970G", clock);
        ReferencePhone b = Phones.phone("CP-7970G", clock);
        a.push(MENU);
        b.push(MENU);
        assertArrayEquals(pixels(a.screen()), pixels(b.screen()));
        assertArrayEquals(a.screenshot(), b.screenshot());
        b.press("Key:NavDwn");
        assertFalse(java.util.Arrays.equals(pixels(a.screen()), pixels(b.screen())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CP-7960G", "CP-7970G", "CP-8861"})
    void screenshotIsInTheModelsFormatAndPanelSize(String modelName) throws IOException {
        PhoneModel model = Phones.model(modelName);
        ReferencePhone phone = Phones.phone(modelName, clock);
        phone.push(MENU);
        byte[] bytes = phone.screenshot();
        if (model.screenshotFormat() == PhoneModel.ScreenshotFormat.BMP) {
            assertEquals("BM", new String(bytes, 0, 2, java.nio.charset.StandardCharsets.US_ASCII));
        } else {
            assertEquals((byte) 0x89, bytes[0]);
            assertEquals("PNG", new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        }
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
        assertEquals(model.screenshotWidth(), decoded.getWidth());
        assertEquals(model.screenshotHeight(), decoded.getHeight());
    }

    @Test
    void truncatedSoftkeyLabelDeviationChangesOnlyTheLabels() {
        CiscoIPPhoneMenu withKeys = MENU.withSoftKeys(List.of(new SoftKeyItem("Select", "SoftKey:Select", 1),
                new SoftKeyItem("Exit", "SoftKey:Exit", 2)));
        ReferencePhone faithful = Phones.phone("CP-7970G", clock);
        ReferencePhone deviant = Phones.phone("CP-7970G", clock, Deviation.TRUNCATED_SOFTKEY_LABEL);
        faithful.push(withKeys);
        deviant.push(withKeys);
        assertEquals("Select", faithful.softkeyLabels().get(0));
        assertEquals("Sele", deviant.softkeyLabels().get(0));
        assertEquals("Exit", deviant.softkeyLabels().get(1));
        assertEquals(faithful.displayContent().lines(), deviant.displayContent().lines());
        assertEquals(faithful.displayContent().title(), deviant.displayContent().title());
        assertFalse(java.util.Arrays.equals(pixels(faithful.screen()), pixels(deviant.screen())));
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> set = new TreeSet<>();
        for (int p : pixels(image)) {
            set.add(p);
        }
        return set;
    }
}
