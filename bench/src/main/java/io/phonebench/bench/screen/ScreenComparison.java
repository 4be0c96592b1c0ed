package io.phonebench.bench.screen;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Compares a screenshot with its expected screen (an emulator rendering or a certified baseline): size, then colour
 * mode, then pixel by pixel with a per-channel tolerance, ignoring masked areas. Works on each image's own raster
 * (a decoded screenshot is 3-byte BGR), row by row, so a matching 800x480 screen compares in about a millisecond.
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
        PixelRows want = PixelRows.of(expected);
        PixelRows got = PixelRows.of(actual);
        int t = tolerance.perChannel();
        Differences found = new Differences(w, h);
        Spans open = new Spans(w, masks);
        for (int y = 0; y < h; y++) {
            int[] spans = open.row(y);
            if (spans[0] == 0) {
                continue;
            }
            if (want.sameLayout(got)) {
                compareNative(want, got, y, spans, t, found);
            } else {
                compareRows(want.row(y), got.row(y), y, spans, t, found);
            }
        }
        int count = found.count;
        Optional<Region> box = found.box();
        // Most compares match: the diff image is drawn only for screens that do not.
        Optional<BufferedImage> diffImage = count <= tolerance.allowedPixels() ? Optional.empty()
                : Optional.of(diff(want.all(), got.all(), masked(w, h, masks), t, w, h));

        boolean expectedGrey = want.grey();
        boolean actualGrey = got.grey();
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

    /** The image's pixels as 0xRRGGBB, read on its own raster (see {@link PixelRows}). */
    static int[] rgb(BufferedImage image) {
        return PixelRows.of(image).all();
    }

    /**
     * One row where both images hold their pixels alike: equal elements are equal pixels, so the vectorised
     * {@link Arrays#mismatch} skips the equal runs (nearly the whole of a matching screen) and only the pixels where it
     * stops are judged against the tolerance.
     */
    private static void compareNative(PixelRows want, PixelRows got, int y, int[] spans, int t, Differences found) {
        int s = want.step();
        int a = want.rowStart(y);
        int b = got.rowStart(y);
        for (int k = 1; k <= 2 * spans[0]; k += 2) {
            int x = spans[k];
            int end = spans[k + 1];
            while (x < end) {
                int at = want.layout() == PixelRows.Layout.INT_RGB
                        ? Arrays.mismatch(want.ints(), a + x, a + end, got.ints(), b + x, b + end)
                        : Arrays.mismatch(want.bytes(), a + x * s, a + end * s, got.bytes(), b + x * s, b + end * s);
                if (at < 0) {
                    break;
                }
                x += at / s;
                if (differs(want.rgb(x, y), got.rgb(x, y), t)) {
                    found.add(x, y);
                }
                x++;
            }
        }
    }

    /** One row of two images held differently, both read as 0xRRGGBB. */
    private static void compareRows(int[] want, int[] got, int y, int[] spans, int t, Differences found) {
        for (int k = 1; k <= 2 * spans[0]; k += 2) {
            int x = spans[k];
            int end = spans[k + 1];
            while (x < end) {
                int at = Arrays.mismatch(want, x, end, got, x, end);
                if (at < 0) {
                    break;
                }
                x += at;
                if (differs(want[x], got[x], t)) {
                    found.add(x, y);
                }
                x++;
            }
        }
    }

    /** Differing pixels: how many, and the box around them. */
    private static final class Differences {
        int count;
        int minX;
        int minY;
        int maxX = -1;
        int maxY = -1;

        Differences(int w, int h) {
            minX = w;
            minY = h;
        }

        void add(int x, int y) {
            count++;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }

        Optional<Region> box() {
            return count == 0 ? Optional.empty()
                    : Optional.of(new Region(minX, minY, maxX - minX + 1, maxY - minY + 1));
        }
    }

    /**
     * The unmasked stretches of each row, as {@code [n, from1, to1, from2, to2, ...]} (to exclusive), in a buffer
     * the next row overwrites. Masks are few rectangles, so a row's stretches are worked out in a few steps.
     */
    private static final class Spans {
        private final int width;
        private final int[][] areas;
        private final int[] spans;
        private final int[] cuts;

        Spans(int width, List<Mask> masks) {
            this.width = width;
            this.areas = masks.stream().map(Mask::area)
                    .map(r -> new int[] {Math.max(0, r.x()), Math.min(width, r.x() + r.width()), r.y(),
                            r.y() + r.height()})
                    .filter(a -> a[0] < a[1]).toArray(int[][]::new);
            this.spans = new int[1 + 2 * (areas.length + 1)];
            this.cuts = new int[2 * areas.length];
        }

        int[] row(int y) {
            int n = 0;
            for (int[] a : areas) {
                if (y >= a[2] && y < a[3]) {
                    // insertion by start, so the masked stretches of the row are in order
                    int i = n;
                    while (i > 0 && cuts[i - 2] > a[0]) {
                        cuts[i] = cuts[i - 2];
                        cuts[i + 1] = cuts[i - 1];
                        i -= 2;
                    }
                    cuts[i] = a[0];
                    cuts[i + 1] = a[1];
                    n += 2;
                }
            }
            int count = 0;
            int x = 0;
            for (int i = 0; i < n; i += 2) {
                if (cuts[i] > x) {
                    spans[1 + 2 * count] = x;
                    spans[2 + 2 * count] = cuts[i];
                    count++;
                }
                x = Math.max(x, cuts[i + 1]);
            }
            if (x < width) {
                spans[1 + 2 * count] = x;
                spans[2 + 2 * count] = width;
                count++;
            }
            spans[0] = count;
            return spans;
        }
    }

    private static boolean[] masked(int w, int h, List<Mask> masks) {
        boolean[] masked = new boolean[w * h];
        for (Mask m : masks) {
            Region r = m.area();
            int x0 = Math.max(0, r.x());
            int x1 = Math.min(w, r.x() + r.width());
            for (int y = Math.max(0, r.y()); y < Math.min(h, r.y() + r.height()); y++) {
                if (x0 < x1) {
                    Arrays.fill(masked, y * w + x0, y * w + x1, true);
                }
            }
        }
        return masked;
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
