package io.phonebench.bench.screen;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Compares a screenshot with its expected screen (an emulator rendering or a certified baseline): size, then colour
 * mode, then pixel by pixel with a per-channel tolerance, ignoring masked areas. Works on int rasters so a
 * 298x168 screen compares in well under a millisecond.
 */
public final class ScreenComparison {
    private static final int RED = 0xFF0000;
    private static final int MASK_TINT = 0x8080FF;

    private ScreenComparison() {
    }

    public static ScreenDifference compare(BufferedImage expected, BufferedImage actual, List<Mask> masks,
            Tolerance tolerance) {
        int w = expected.getWidth();
        int h = expected.getHeight();
        if (actual.getWidth() != w || actual.getHeight() != h) {
            return new ScreenDifference(false, "size: expected " + w + "x" + h + ", actual " + actual.getWidth() + "x"
                    + actual.getHeight(), w * h, Optional.of(new Region(0, 0, w, h)), expected, actual,
                    Optional.empty());
        }
        int[] want = rgb(expected);
        int[] got = rgb(actual);
        boolean[] masked = masked(w, h, masks);
        int t = tolerance.perChannel();
        int count = 0;
        int minX = w;
        int minY = h;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0, i = 0; y < h; y++) {
            for (int x = 0; x < w; x++, i++) {
                if (!masked[i] && differs(want[i], got[i], t)) {
                    count++;
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        Optional<Region> box = count == 0 ? Optional.empty()
                : Optional.of(new Region(minX, minY, maxX - minX + 1, maxY - minY + 1));
        // Most compares match: the diff image is drawn only for screens that do not.
        Optional<BufferedImage> diffImage = count <= tolerance.allowedPixels() ? Optional.empty()
                : Optional.of(diff(want, got, masked, t, w, h));

        boolean expectedGrey = grey(expected, want);
        boolean actualGrey = grey(actual, got);
        if (expectedGrey != actualGrey) {
            return new ScreenDifference(false, "colour mode: expected a " + mode(expectedGrey) + " screen, actual is "
                    + mode(actualGrey) + " (" + count + " pixels differ)", count, box, expected, actual, diffImage);
        }
        boolean matches = count <= tolerance.allowedPixels();
        String summary = matches
                ? "matches (" + count + " of " + w * h + " pixels differ, allowed " + tolerance.allowedPixels()
                        + ", tolerance ±" + t + " per channel" + maskNote(masks) + ")"
                : "differs in " + count + " pixels (" + percent(count, w * h) + ") within " + box.orElseThrow()
                        + "; allowed " + tolerance.allowedPixels() + ", tolerance ±" + t + " per channel"
                        + maskNote(masks);
        return new ScreenDifference(matches, summary, count, box, expected, actual, diffImage);
    }

    /** Differences in red over a faded actual, masked areas tinted blue, drawn straight into the image's pixels. */
    private static BufferedImage diff(int[] want, int[] got, boolean[] masked, int t, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] diff = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int lastPixel = 0;
        int lastFaded = fade(0);   // screens are mostly runs of one colour: fade each run once
        for (int i = 0; i < got.length; i++) {
            int a = got[i];
            if (masked[i]) {
                diff[i] = blend(a, MASK_TINT);
            } else if (differs(want[i], a, t)) {
                diff[i] = RED;
            } else {
                if (a != lastPixel) {
                    lastPixel = a;
                    lastFaded = fade(a);
                }
                diff[i] = lastFaded;
            }
        }
        return image;
    }

    private static boolean differs(int p, int q, int t) {
        return Math.abs(((p >> 16) & 0xFF) - ((q >> 16) & 0xFF)) > t
                || Math.abs(((p >> 8) & 0xFF) - ((q >> 8) & 0xFF)) > t
                || Math.abs((p & 0xFF) - (q & 0xFF)) > t;
    }

    /**
     * The image's pixels as 0xRRGGBB-in-int: straight from the raster when it already is one, read off the bytes for
     * the types screenshots decode to (BMP: 3-byte BGR; greyscale and CIP: 8-bit grey or palette), and through
     * getRGB only for anything else. getRGB converts each pixel through the colour model, ~10x slower at 800x480.
     */
    static int[] rgb(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        WritableRaster raster = image.getRaster();
        boolean untranslated = raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0;
        int type = image.getType();
        if ((type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)
                && raster.getDataBuffer() instanceof DataBufferInt buffer
                && raster.getSampleModel() instanceof SinglePixelPackedSampleModel model
                && model.getScanlineStride() == w && buffer.getOffset() == 0 && untranslated
                && buffer.getData().length == w * h) {
            return buffer.getData();
        }
        if (untranslated && raster.getDataBuffer() instanceof DataBufferByte buffer && buffer.getNumBanks() == 1
                && raster.getSampleModel() instanceof PixelInterleavedSampleModel model) {
            byte[] data = buffer.getData();
            int stride = model.getScanlineStride();
            int step = model.getPixelStride();
            int[] offsets = model.getBandOffsets();
            int base = buffer.getOffset();
            if (type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_4BYTE_ABGR) {
                int r = offsets[0];
                int g = offsets[1];
                int b = offsets[2];
                int[] out = new int[w * h];
                for (int y = 0, i = 0; y < h; y++) {
                    for (int x = 0, at = base + y * stride; x < w; x++, i++, at += step) {
                        out[i] = (data[at + r] & 0xFF) << 16 | (data[at + g] & 0xFF) << 8 | data[at + b] & 0xFF;
                    }
                }
                return out;
            }
            if ((type == BufferedImage.TYPE_BYTE_GRAY || type == BufferedImage.TYPE_BYTE_INDEXED) && step == 1) {
                // one byte per pixel: what getRGB makes of each of the 256 values, looked up (for grey that includes
                // its linear-to-sRGB step, so the same path is asked, on a 256-pixel image of the same colour model)
                WritableRaster values = image.getColorModel().createCompatibleWritableRaster(256, 1);
                for (int v = 0; v < 256; v++) {
                    values.setSample(v, 0, 0, v);
                }
                int[] colours = new BufferedImage(image.getColorModel(), values, false, null)
                        .getRGB(0, 0, 256, 1, null, 0, 256);
                int[] out = new int[w * h];
                for (int y = 0, i = 0; y < h; y++) {
                    for (int x = 0, at = base + y * stride + offsets[0]; x < w; x++, i++, at++) {
                        out[i] = colours[data[at] & 0xFF];
                    }
                }
                return out;
            }
        }
        return image.getRGB(0, 0, w, h, null, 0, w);
    }

    private static boolean[] masked(int w, int h, List<Mask> masks) {
        boolean[] masked = new boolean[w * h];
        for (Mask m : masks) {
            Region r = m.area();
            int x0 = Math.max(0, r.x());
            int x1 = Math.min(w, r.x() + r.width());
            for (int y = Math.max(0, r.y()); y < Math.min(h, r.y() + r.height()); y++) {
                if (x0 < x1) {
                    java.util.Arrays.fill(masked, y * w + x0, y * w + x1, true);
                }
            }
        }
        return masked;
    }

    /** Greyscale by colour model, or by content: every pixel has red = green = blue. */
    private static boolean grey(BufferedImage image, int[] pixels) {
        if (image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY) {
            return true;
        }
        for (int p : pixels) {
            int r = (p >> 16) & 0xFF;
            if (r != ((p >> 8) & 0xFF) || r != (p & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /** Two thirds of the way to white, so the red differences stand out. */
    private static int fade(int p) {
        int r = 255 - (255 - ((p >> 16) & 0xFF)) / 3;
        int g = 255 - (255 - ((p >> 8) & 0xFF)) / 3;
        int b = 255 - (255 - (p & 0xFF)) / 3;
        return (r << 16) | (g << 8) | b;
    }

    private static int blend(int p, int tint) {
        int r = (((p >> 16) & 0xFF) + ((tint >> 16) & 0xFF)) / 2;
        int g = (((p >> 8) & 0xFF) + ((tint >> 8) & 0xFF)) / 2;
        int b = ((p & 0xFF) + (tint & 0xFF)) / 2;
        return (r << 16) | (g << 8) | b;
    }

    private static String mode(boolean grey) {
        return grey ? "greyscale" : "colour";
    }

    private static String percent(int part, int whole) {
        return String.format(Locale.ROOT, "%.2f%%", whole == 0 ? 0.0 : 100.0 * part / whole);
    }

    private static String maskNote(List<Mask> masks) {
        return masks.isEmpty() ? "" : ", masked: " + String.join(", ", masks.stream()
                .map(m -> m.reason() + " " + m.area()).toList());
    }
}
