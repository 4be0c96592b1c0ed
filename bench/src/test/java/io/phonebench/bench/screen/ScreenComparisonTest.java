package io.phonebench.bench.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.verdict.Outcome;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScreenComparisonTest {
    private static final int W = 298;
    private static final int H = 168;

    /** A 7970-sized services screen: title bar, a menu line, a clock in the corner. */
    private static BufferedImage screen(String clock) {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1F3F7F));
        g.fillRect(0, 0, W, 20);
        g.setColor(Color.WHITE);
        g.fillRect(0, 20, W, H - 20);
        g.setColor(Color.BLACK);
        g.fillRect(10, 40, 120, 10);
        g.setColor(Color.YELLOW);
        g.drawString(clock, 250, 15);
        g.dispose();
        return image;
    }

    @Test
    void identicalScreensMatch() {
        ScreenDifference result = ScreenComparison.compare(screen("10:15"), screen("10:15"), List.of(),
                Tolerance.EXACT);
        assertTrue(result.matches(), result.summary());
        assertEquals(0, result.differingPixels());
        assertEquals(Optional.empty(), result.boundingBox());
    }

    @Test
    void passingCheckKeepsOnlyTheActualScreenAsOnePng() throws java.io.IOException {
        BufferedImage actual = screen("10:15");
        Verdict verdict = ScreenComparison.compare(screen("10:15"), actual, List.of(), Tolerance.EXACT)
                .verdict("screen of desk-7970");
        assertEquals(Outcome.PASSED, verdict.outcome());
        assertEquals(1, verdict.evidence().size(), "one image, not the expected, actual and diff of a failure");
        Evidence shown = verdict.evidence().get(0);
        assertEquals("screen of desk-7970: actual, as expected", shown.name());
        assertEquals("image/png", shown.mediaType());
        BufferedImage decoded = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(shown.content()));
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                assertEquals(actual.getRGB(x, y), decoded.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void differenceOnlyInsideAMaskPasses() {
        ScreenDifference result = ScreenComparison.compare(screen("10:15"), screen("11:42"),
                List.of(Mask.of(240, 0, 58, 20, "clock")), Tolerance.EXACT);
        assertTrue(result.matches(), result.summary());
        assertTrue(result.summary().contains("masked: clock"), result.summary());
    }

    @Test
    void differenceOutsideTheMaskFailsAndIsMarkedRedInTheDiff() {
        BufferedImage actual = screen("10:15");
        actual.setRGB(50, 100, 0x000000);
        actual.setRGB(52, 103, 0x000000);

        ScreenDifference result = ScreenComparison.compare(screen("10:15"), actual,
                List.of(Mask.of(240, 0, 58, 20, "clock")), Tolerance.EXACT);

        assertFalse(result.matches());
        assertEquals(2, result.differingPixels());
        assertEquals(Optional.of(new Region(50, 100, 3, 4)), result.boundingBox());
        BufferedImage diff = result.diff().orElseThrow();
        assertEquals(0xFF0000, diff.getRGB(50, 100) & 0xFFFFFF);
        assertEquals(0xFF0000, diff.getRGB(52, 103) & 0xFFFFFF);
        assertTrue((diff.getRGB(60, 100) & 0xFFFFFF) != 0xFF0000, "unchanged pixels are not red");
        assertTrue(result.summary().startsWith("differs in 2 pixels"), result.summary());
        Verdict verdict = result.verdict("services screen of desk-7970");
        assertEquals(Outcome.FAILED, verdict.outcome());
        assertEquals(1, verdict.evidence().size(), "one screen-diff attachment, not three images");
        Evidence shown = verdict.evidence().get(0);
        assertEquals("application/vnd.allure.image.diff", shown.mediaType());
        String json = new String(shown.content(), java.nio.charset.StandardCharsets.UTF_8);
        for (String image : List.of("expected", "actual", "diff")) {
            assertTrue(json.contains("\"" + image + "\":\"data:image/png;base64,"), image + " in " + json.substring(0,
                    Math.min(200, json.length())));
        }
    }

    @Test
    void smallChannelDifferencesWithinToleranceMatch() {
        BufferedImage actual = screen("10:15");
        actual.setRGB(50, 100, 0x060606 ^ 0xFFFFFF);
        assertTrue(ScreenComparison.compare(screen("10:15"), actual, List.of(), new Tolerance(6, 0)).matches());
        assertFalse(ScreenComparison.compare(screen("10:15"), actual, List.of(), new Tolerance(5, 0)).matches());
    }

    @Test
    void allowedPixelCountAbsorbsStrayPixels() {
        BufferedImage actual = screen("10:15");
        actual.setRGB(50, 100, 0x000000);
        assertTrue(ScreenComparison.compare(screen("10:15"), actual, List.of(), new Tolerance(0, 1)).matches());
    }

    @Test
    void sizeMismatchFailsWithoutComparingPixels() {
        BufferedImage grey7960 = new BufferedImage(133, 65, BufferedImage.TYPE_BYTE_GRAY);
        ScreenDifference result = ScreenComparison.compare(screen("10:15"), grey7960, List.of(), Tolerance.EXACT);
        assertFalse(result.matches());
        assertEquals("size: expected 298x168, actual 133x65", result.summary());
        assertEquals(Optional.empty(), result.diff());
    }

    @Test
    void greyscaleScreenForAColourExpectationFailsOnColourMode() {
        BufferedImage colour = screen("10:15");
        BufferedImage grey = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        grey.getGraphics().drawImage(colour, 0, 0, null);
        ScreenDifference result = ScreenComparison.compare(colour, grey, List.of(), new Tolerance(255, 0));
        assertFalse(result.matches());
        assertTrue(result.summary().startsWith("colour mode: expected a colour screen, actual is greyscale"),
                result.summary());
    }

    @Test
    void comparesImagesOfDifferentRasterTypes() {
        BufferedImage argb = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        argb.getGraphics().drawImage(screen("10:15"), 0, 0, null);
        BufferedImage bgr = new BufferedImage(W, H, BufferedImage.TYPE_3BYTE_BGR);
        bgr.getGraphics().drawImage(screen("10:15"), 0, 0, null);
        assertTrue(ScreenComparison.compare(argb, bgr, List.of(), Tolerance.EXACT).matches());
    }

    /**
     * Every pair of raster types a screenshot, rendering or baseline comes as, with overlapping masks (one running
     * off the screen) and noise both within and beyond tolerance: the count and box are what a plain getRGB loop over
     * the same mask finds.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "expected type {0}, actual type {1}")
    @org.junit.jupiter.params.provider.CsvSource({"1,1", "5,5", "1,5", "5,1", "2,6", "6,5", "10,10", "10,5", "13,13",
            "13,1", "8,5", "5,8"})
    void countsWhatAPlainLoopCountsOnEveryRasterType(int expectedType, int actualType) {
        java.util.Random random = new java.util.Random(expectedType * 31L + actualType);
        BufferedImage want = copy(screen("10:15"), expectedType);
        BufferedImage base = copy(want, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 400; i++) {
            int x = random.nextInt(W);
            int y = random.nextInt(H);
            int p = base.getRGB(x, y);
            int delta = random.nextInt(3) == 0 ? 0x404040 : 0x020202;
            base.setRGB(x, y, (p & 0xFFFFFF) < 0x808080 ? p + delta : p - delta);
        }
        BufferedImage got = copy(base, actualType);
        List<Mask> masks = List.of(Mask.of(250, 0, 60, 20, "clock"), Mask.of(100, 10, 100, 30, "a"),
                Mask.of(150, 20, 20, 100, "b"));
        Tolerance tolerance = new Tolerance(4, 0);

        ScreenDifference result = ScreenComparison.compare(want, got, masks, tolerance);

        int count = 0;
        int minX = W;
        int minY = H;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int finalX = x;
                int finalY = y;
                boolean masked = masks.stream().anyMatch(m -> m.area().x() <= finalX
                        && finalX < m.area().x() + m.area().width() && m.area().y() <= finalY
                        && finalY < m.area().y() + m.area().height());
                int p = want.getRGB(x, y);
                int q = got.getRGB(x, y);
                if (!masked && (Math.abs(((p >> 16) & 0xFF) - ((q >> 16) & 0xFF)) > 4
                        || Math.abs(((p >> 8) & 0xFF) - ((q >> 8) & 0xFF)) > 4 || Math.abs((p & 0xFF) - (q & 0xFF)) > 4)) {
                    count++;
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        assertTrue(count > 0, "the noise must reach beyond the tolerance somewhere");
        assertEquals(count, result.differingPixels(), result.summary());
        assertEquals(Optional.of(new Region(minX, minY, maxX - minX + 1, maxY - minY + 1)), result.boundingBox());
    }

    @Test
    void comparesSubImagesThroughTheirOwnOrigins() {
        BufferedImage whole = copy(screen("10:15"), BufferedImage.TYPE_3BYTE_BGR);
        BufferedImage other = copy(screen("10:15"), BufferedImage.TYPE_3BYTE_BGR);
        other.setRGB(60, 45, 0xFF0000);

        ScreenDifference result = ScreenComparison.compare(whole.getSubimage(50, 40, 30, 20),
                other.getSubimage(50, 40, 30, 20), List.of(), Tolerance.EXACT);

        assertEquals(1, result.differingPixels(), result.summary());
        assertEquals(Optional.of(new Region(10, 5, 1, 1)), result.boundingBox());
    }

    private static BufferedImage copy(BufferedImage image, int type) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = copy.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return copy;
    }
}
