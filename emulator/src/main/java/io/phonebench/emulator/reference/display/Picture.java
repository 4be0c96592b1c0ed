package io.phonebench.emulator.reference.display;

import io.phonebench.protocol.object.CipBitmap;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.Raster;
import java.util.Arrays;
import java.util.Optional;

/**
 * Opaque RGB pixels a service asked the phone to draw: a CIP bitmap or a decoded PNG. Transparent PNG pixels are
 * composited over the white pane here, once, so drawing is plain copying and equal inputs give equal pixels.
 */
public final class Picture {
    private final int width;
    private final int height;
    private final int[] rgb;

    private Picture(int width, int height, int[] rgb) {
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    /** CIP levels run 0 white .. 2^depth-1 black; empty when Data does not match the geometry (nothing drawn). */
    public static Optional<Picture> of(CipBitmap b) {
        if (b == null || !b.dataMatchesGeometry()) {
            return Optional.empty();
        }
        int[] levels = b.pixels();
        int max = (1 << b.depth()) - 1;
        int[] rgb = new int[levels.length];
        for (int i = 0; i < levels.length; i++) {
            int v = 255 - levels[i] * 255 / max;
            rgb[i] = (v << 16) | (v << 8) | v;
        }
        return Optional.of(new Picture(b.width(), b.height(), rgb));
    }

    public static Picture of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] rgb = new int[w * h];
        // Grey PNG samples are display values; getRGB would treat them as linear and brighten every mid grey.
        boolean grey = image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = grey ? greyPixel(image, x, y) : image.getRGB(x, y);
                int a = p >>> 24;
                rgb[y * w + x] = (over(p >> 16, a) << 16) | (over(p >> 8, a) << 8) | over(p, a);
            }
        }
        return new Picture(w, h, rgb);
    }

    /** ARGB of a grey (or grey + alpha) pixel from its raw samples, scaled to 8 bits. */
    private static int greyPixel(BufferedImage image, int x, int y) {
        ColorModel cm = image.getColorModel();
        Raster raster = image.getRaster();
        int v = scaled(raster.getSample(x, y, 0), cm.getComponentSize(0));
        int a = cm.hasAlpha() ? scaled(raster.getSample(x, y, 1), cm.getComponentSize(1)) : 255;
        return (a << 24) | (v << 16) | (v << 8) | v;
    }

    private static int scaled(int sample, int bits) {
        return bits == 8 ? sample : (int) ((long) sample * 255 / ((1L << bits) - 1));
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** 0xRRGGBB at (x, y). */
    public int rgb(int x, int y) {
        return rgb[y * width + x];
    }

    /** True when every pixel is a grey (R = G = B): what a grey-only panel can show as it is. */
    public boolean grey() {
        return Arrays.stream(rgb).allMatch(p -> ((p >> 16) & 0xFF) == ((p >> 8) & 0xFF) && ((p >> 8) & 0xFF) == (p & 0xFF));
    }

    /** Blends one channel of a pixel with alpha {@code a} over white, in integers. */
    private static int over(int channel, int a) {
        int c = channel & 0xFF;
        return (c * a + 255 * (255 - a) + 127) / 255;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Picture p && p.width == width && p.height == height && Arrays.equals(p.rgb, rgb);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(rgb);
    }

    @Override
    public String toString() {
        return "Picture[" + width + "x" + height + "]";
    }
}
