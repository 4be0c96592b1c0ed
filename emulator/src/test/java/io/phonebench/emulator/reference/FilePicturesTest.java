package io.phonebench.emulator.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.emulator.clock.ManualPhoneClock;
import io.phonebench.protocol.object.CiscoIPPhoneGraphicFileMenu;
import io.phonebench.protocol.object.CiscoIPPhoneIconFileMenu;
import io.phonebench.protocol.object.CiscoIPPhoneImageFile;
import io.phonebench.protocol.object.IconItem;
import io.phonebench.protocol.object.MenuItem;
import java.awt.Point;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FilePicturesTest {
    private static final int RED = 0xFF0000;
    private final ManualPhoneClock clock = new ManualPhoneClock();
    private final TestServices services = new TestServices()
            .page("/red.png", "image/png", png(4, 4, RED))
            .page("/ramp.png", "image/png", greyRamp())
            .page("/big-icon.png", "image/png", png(20, 20, RED))
            .page("/not-png", "image/png", new byte[] {1, 2, 3});

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void imageFileIsFetchedWithThePhonesHeadersAndDrawnAtLocationX() {
        ReferencePhone phone = Phones.phone("CP-7970G", clock);
        phone.push(new CiscoIPPhoneImageFile("Pic", null, 10, 0, url("/red.png")));
        assertEquals(1, services.hits("/red.png"));
        assertEquals("CP-7970G", phone.requests().get(0).header("x-CiscoIPPhoneModelName").orElse(null));
        Point at = firstPixel(phone.screen(), RED);
        assertEquals(10, at.x);
        assertEquals(16, count(phone.screen(), RED), "a 4x4 red square");
    }

    @Test
    void locationYMovesThePictureDownThePane() {
        ReferencePhone top = Phones.phone("CP-7970G", clock);
        ReferencePhone lower = Phones.phone("CP-7970G", clock);
        top.push(new CiscoIPPhoneImageFile("Pic", null, 0, 0, url("/red.png")));
        lower.push(new CiscoIPPhoneImageFile("Pic", null, 0, 5, url("/red.png")));
        assertEquals(firstPixel(top.screen(), RED).y + 5, firstPixel(lower.screen(), RED).y);
    }

    @Test
    void minusOneCentresThePictureHorizontally() {
        ReferencePhone phone = Phones.phone("CP-7970G", clock);
        phone.push(new CiscoIPPhoneImageFile("Pic", null, -1, -1, url("/red.png")));
        assertEquals((298 - 4) / 2, firstPixel(phone.screen(), RED).x);
    }

    @Test
    void greyModelRefusesAColourPngAndRecordsWhy() {
        ReferencePhone phone = Phones.phone("CP-7960G", clock);
        phone.push(new CiscoIPPhoneImageFile("Pic", null, 0, 0, url("/red.png")));
        assertEquals(1, services.hits("/red.png"));
        assertTrue(phone.problems().get(0).reason().contains("CP-7960G shows no colour PNG"),
                phone.problems().toString());
    }

    @Test
    void greyModelDrawsAGreyPngInItsFourGreyLevels() {
        ReferencePhone phone = Phones.phone("CP-7960G", clock);
        phone.push(new CiscoIPPhoneImageFile(null, null, 0, 0, url("/ramp.png")));
        assertEquals(List.of(), phone.problems());
        Set<Integer> levels = new TreeSet<>();
        BufferedImage screen = phone.screen();
        for (int y = 0; y < screen.getHeight(); y++) {
            for (int x = 0; x < screen.getWidth(); x++) {
                levels.add(screen.getRaster().getSample(x, y, 0));
            }
        }
        assertTrue(Set.of(0, 85, 170, 255).containsAll(levels), levels.toString());
        assertTrue(levels.contains(85) && levels.contains(170), "the ramp's middle greys: " + levels);
    }

    @Test
    void modelWithoutAnImageAreaDoesNotFetchThePng() {
        ReferencePhone phone = Phones.phone("CP-7911G", clock);
        phone.push(new CiscoIPPhoneImageFile("Pic", null, 0, 0, url("/red.png")));
        assertEquals(0, services.hits("/red.png"));
        assertTrue(phone.problems().get(0).reason().contains("has no XML image area"), phone.problems().toString());
    }

    @Test
    void graphicFileMenuDrawsItsPng() {
        ReferencePhone phone = Phones.phone("CP-7975G", clock);
        phone.push(new CiscoIPPhoneGraphicFileMenu("Touch", null, 20, 3, url("/red.png"),
                List.of(new MenuItem("A", "http://h/a", null, null))));
        assertEquals(20, firstPixel(phone.screen(), RED).x);
    }

    @Test
    void iconFileMenuDrawsIconsAndRefusesOneOverEighteenPixels() {
        ReferencePhone phone = Phones.phone("CP-7970G", clock);
        phone.push(new CiscoIPPhoneIconFileMenu("Icons", null,
                List.of(MenuItem.withIcon(0, "Small", "http://h/s"), MenuItem.withIcon(1, "Big", "http://h/b")),
                List.of(IconItem.file(0, url("/red.png")), IconItem.file(1, url("/big-icon.png")))));
        assertEquals(1, services.hits("/big-icon.png"));
        assertEquals(16, count(phone.screen(), RED), "only the 4x4 icon is drawn");
        assertTrue(phone.problems().get(0).reason().contains("at most 18x18"), phone.problems().toString());
    }

    @Test
    void undecodablePngIsRecordedNotDrawn() {
        ReferencePhone phone = Phones.phone("CP-7970G", clock);
        phone.push(new CiscoIPPhoneImageFile("Pic", "p", 0, 0, url("/not-png")));
        assertTrue(phone.problems().get(0).reason().contains("expected a PNG image"), phone.problems().toString());
        assertEquals("Pic", phone.displayContent().title());
    }

    @Test
    void equalObjectsGiveEqualScreens() {
        ReferencePhone a = Phones.phone("CP-7965G", clock);
        ReferencePhone b = Phones.phone("CP-7965G", clock);
        a.push(new CiscoIPPhoneImageFile("Pic", null, 3, 3, url("/red.png")));
        b.push(new CiscoIPPhoneImageFile("Pic", null, 3, 3, url("/red.png")));
        assertEquals(a.displayContent(), b.displayContent());
    }

    private String url(String path) {
        return services.url(path).toString();
    }

    private static Point firstPixel(BufferedImage screen, int rgb) {
        for (int y = 0; y < screen.getHeight(); y++) {
            for (int x = 0; x < screen.getWidth(); x++) {
                if ((screen.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    return new Point(x, y);
                }
            }
        }
        throw new AssertionError("expected a pixel of #" + Integer.toHexString(rgb) + " on screen, saw none");
    }

    private static int count(BufferedImage screen, int rgb) {
        int n = 0;
        for (int y = 0; y < screen.getHeight(); y++) {
            for (int x = 0; x < screen.getWidth(); x++) {
                n += (screen.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
        }
        return n;
    }

    static byte[] png(int w, int h, int rgb) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, rgb);
            }
        }
        return encode(img);
    }

    /** 40x10 grey PNG: four bands white, light grey, dark grey, black. */
    private static byte[] greyRamp() {
        BufferedImage img = new BufferedImage(40, 10, BufferedImage.TYPE_BYTE_GRAY);
        int[] bands = {255, 170, 85, 0};
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 40; x++) {
                img.getRaster().setSample(x, y, 0, bands[x / 10]);
            }
        }
        return encode(img);
    }

    private static byte[] encode(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
