package io.phonebench.emulator.reference.display;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.image.BufferedImage;
import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.emulator.catalog.PhoneModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A virtual phone's screenshot is drawn and encoded without ImageIO's writer or per-pixel getRGB/setRGB; the bytes
 * and pixels are exactly what those gave.
 */
class ScreenshotBytesTest {

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"298,168", "133,65", "5,3", "320,212", "1,1", "800,480"})
    void writesTheBmpImageIoWrites(int width, int height) throws IOException {
        BufferedImage panel = noisy(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), width * 31L + height);
        ByteArrayOutputStream imageIo = new ByteArrayOutputStream();
        ImageIO.write(panel, "bmp", imageIo);

        assertArrayEquals(imageIo.toByteArray(), ScreenshotEncoder.bmp(panel));
        assertArrayEquals(imageIo.toByteArray(), ScreenshotEncoder.bmp(panel.getSubimage(0, 0, width, height)),
                "a sub-image is read through getRGB");
    }

    /** Screens are mostly long runs (whole rows of background, bars): written by copying, byte for byte the same. */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"298,168", "133,65", "320,212", "800,480"})
    void writesLongRunsAsImageIoDoes(int width, int height) throws IOException {
        BufferedImage panel = noisy(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), width, 400);
        ByteArrayOutputStream imageIo = new ByteArrayOutputStream();
        ImageIO.write(panel, "bmp", imageIo);

        assertArrayEquals(imageIo.toByteArray(), ScreenshotEncoder.bmp(panel));
        BufferedImage reduced = ColourQuantiser.quantise(copy(panel), new ScreenGeometry(width, height, 12, true));
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = panel.getRGB(x, y);
                int want = reduce((p >> 16) & 0xFF, 4) << 16 | reduce((p >> 8) & 0xFF, 4) << 8 | reduce(p & 0xFF, 4);
                assertEquals(want, reduced.getRGB(x, y) & 0xFFFFFF, "pixel " + x + "," + y);
            }
        }
    }

    @ParameterizedTest(name = "depth {0}, colour {1}")
    @CsvSource({"16,true", "12,true", "24,true", "2,false", "1,false", "8,false"})
    void quantisesEveryPixelAsTheFormulaSays(int depth, boolean colour) {
        ScreenGeometry geometry = new ScreenGeometry(61, 37, depth, colour);
        BufferedImage drawing = noisy(new BufferedImage(61, 37, BufferedImage.TYPE_INT_RGB), depth);

        BufferedImage panel = ColourQuantiser.quantise(copy(drawing), geometry);

        int per = depth == 16 ? 0 : Math.max(1, Math.min(8, depth / 3));
        int[] bits = depth == 16 ? new int[] {5, 6, 5} : new int[] {per, per, per};
        int levels = geometry.greyLevels();
        for (int y = 0; y < 37; y++) {
            for (int x = 0; x < 61; x++) {
                int p = drawing.getRGB(x, y);
                int r = (p >> 16) & 0xFF;
                int g = (p >> 8) & 0xFF;
                int b = p & 0xFF;
                if (colour) {
                    int want = reduce(r, bits[0]) << 16 | reduce(g, bits[1]) << 8 | reduce(b, bits[2]);
                    assertEquals(want, panel.getRGB(x, y) & 0xFFFFFF, "pixel " + x + "," + y);
                } else {
                    int luma = (r * 299 + g * 587 + b * 114 + 500) / 1000;
                    int level = (luma * (levels - 1) + 127) / 255;
                    assertEquals(level * 255 / (levels - 1), panel.getRaster().getSample(x, y, 0),
                            "pixel " + x + "," + y);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void writesEachModelsScreenshotAsImageIoWritesThePanel(PhoneModel model) throws IOException {
        ScreenshotEncoder encoder = new ScreenshotEncoder(model);
        ScreenGeometry geometry = ScreenGeometry.of(model);
        BufferedImage drawn = ColourQuantiser.quantise(noisy(new BufferedImage(geometry.width(), geometry.height(),
                BufferedImage.TYPE_INT_RGB), model.name().hashCode()), geometry);
        ByteArrayOutputStream imageIo = new ByteArrayOutputStream();
        ImageIO.write(encoder.panel(drawn), model.screenshotFormat().name().toLowerCase(Locale.ROOT), imageIo);

        byte[] encoded = encoder.encode(drawn);

        if (model.screenshotFormat().name().equals("BMP")) {
            assertArrayEquals(imageIo.toByteArray(), encoded, "the panel ImageIO writes, byte for byte");
        }
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(encoded));
        BufferedImage panel = encoder.panel(drawn);
        for (int y = 0; y < panel.getHeight(); y += 7) {
            for (int x = 0; x < panel.getWidth(); x += 5) {
                assertEquals(panel.getRGB(x, y), back.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    /**
     * Screenshots are written into arrays used before (a fleet's phones share a pool): every byte is written, the
     * header's zeros and the rows' padding too, so a used array gives the bytes a new one does.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void writesEveryByteOfAnArrayUsedBefore(PhoneModel model) {
        ScreenshotEncoder encoder = new ScreenshotEncoder(model);
        ScreenGeometry geometry = ScreenGeometry.of(model);
        BufferedImage drawn = ColourQuantiser.quantise(noisy(new BufferedImage(geometry.width(), geometry.height(),
                BufferedImage.TYPE_INT_RGB), model.name().hashCode() + 1L), geometry);
        byte[] fresh = encoder.encode(drawn);
        List<byte[]> lent = new ArrayList<>();

        byte[] reused = encoder.encode(drawn, length -> {
            byte[] used = new byte[length];
            Arrays.fill(used, (byte) 0x5A);
            lent.add(used);
            return used;
        });

        assertArrayEquals(fresh, reused);
        if (model.screenshotFormat().name().equals("BMP")) {
            assertEquals(1, lent.size(), "a BMP asks for one array, of its exact length");
            assertSame(lent.get(0), reused);
        } else {
            assertEquals(List.of(), lent, "a PNG's length is known only once written: it takes an array of its own");
        }
    }

    static Stream<PhoneModel> models() {
        return PhoneCatalog.standard().models().stream();
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), image.getType());
        copy.setData(image.getRaster());
        return copy;
    }

    private static int reduce(int v, int bits) {
        if (bits >= 8) {
            return v;
        }
        int max = (1 << bits) - 1;
        return (v * max + 127) / 255 * 255 / max;
    }

    /** Runs of one colour, as screens are, broken by random pixels. */
    private static BufferedImage noisy(BufferedImage image, long seed) {
        return noisy(image, seed, 5);
    }

    /** A new random colour once in {@code meanRun} pixels on average; runs go on across rows. */
    private static BufferedImage noisy(BufferedImage image, long seed, int meanRun) {
        Random random = new Random(seed);
        int colour = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (random.nextInt(meanRun) == 0) {
                    colour = random.nextInt(0x1000000);
                }
                image.setRGB(x, y, colour);
            }
        }
        return image;
    }
}
