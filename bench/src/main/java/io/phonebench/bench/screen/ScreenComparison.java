package io.phonebench.bench.screen;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
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

    /** The image's pixels as 0xRRGGBB-in-int, straight from the raster when it already is one. */
    private static int[] rgb(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int type = image.getType();
        if ((type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)
                && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer
                && image.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel model
                && model.getScanlineStride() == w && buffer.getOffset() == 0
                && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0
                && buffer.getData().length == w * h) {
            return buffer.getData();
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
