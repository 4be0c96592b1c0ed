package io.phonebench.emulator.reference.display;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * Reduces a full-colour drawing to what the panel can show: grey areas keep 2^depth grey levels (luma by ITU-R
 * BT.601 weights, in integers so every JVM gives the same result); colour areas keep depth/3 bits per channel
 * (12 bit: 4-4-4, 16 bit: 5-6-5, 24 bit: all).
 */
final class ColourQuantiser {
    /** Per channel width in bits (1..8), each channel value as the panel shows it. */
    private static final int[][] TABLES = new int[9][];

    static {
        for (int bits = 1; bits <= 8; bits++) {
            TABLES[bits] = table(bits);
        }
    }

    private ColourQuantiser() {
    }

    /**
     * Works on the pixel arrays, a row of the drawing at a time: per-pixel getRGB/setRGB made this most of a
     * screenshot's cost. Screens are runs of one colour (background, bars, glyph strokes), so each run is found with
     * {@link #runEnd} and its colour worked out and written once; a per-pixel loop over the runs was still a fifth
     * of a virtual phone's CPU per push and screenshot. A colour drawing on a plain INT_RGB raster (what the renderer
     * draws on) is reduced in place and returned: a copy was a fifth of a screenshot's garbage. Any other drawing is
     * left as it is.
     */
    static BufferedImage quantise(BufferedImage rgb, ScreenGeometry g) {
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        int[] whole = PlainRaster.pixels(rgb);
        BufferedImage out = g.colour() && whole != null ? rgb
                : new BufferedImage(w, h, g.colour() ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY);
        int[] colours = g.colour() ? ((DataBufferInt) out.getRaster().getDataBuffer()).getData() : null;
        byte[] greys = g.colour() ? null : ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int[] bits = channelBits(g.depth());
        int[] red = TABLES[bits[0]];
        int[] green = TABLES[bits[1]];
        int[] blue = TABLES[bits[2]];
        int levels = g.greyLevels();
        int[] row = whole != null ? whole : new int[w];
        for (int y = 0; y < h; y++) {
            if (whole == null) {
                rgb.getRGB(0, y, w, 1, row, 0, w);
            }
            int from = whole == null ? 0 : y * w;
            int end = from + w;
            for (int x = from, i = y * w; x < end; ) {
                int p = row[x];
                int next = runEnd(row, x, end);
                int shown = quantised(p & 0xFFFFFF, g.colour(), red, green, blue, levels);
                if (colours == null) {
                    Arrays.fill(greys, i, i + next - x, (byte) shown);
                } else if (colours != row || shown != p) {
                    Arrays.fill(colours, i, i + next - x, shown);
                }
                i += next - x;
                x = next;
            }
        }
        return out;
    }

    /** The end of the run of pixels equal to {@code pixels[at]}, at most {@code end}. */
    static int runEnd(int[] pixels, int at, int end) {
        int next = at + 1;
        if (next == end || pixels[next] != pixels[at]) {
            return next;   // most runs in glyphs are a pixel or two: no call for those
        }
        // consecutive pixels compared pairwise (vectorised); the first unequal pair ends the run
        int k = Arrays.mismatch(pixels, next, end, pixels, at, end - 1);
        return k < 0 ? end : next + k;
    }

    /** A pixel as the panel shows it: 0xRRGGBB reduced per channel, or the grey level's sample value. */
    private static int quantised(int p, boolean colour, int[] red, int[] green, int[] blue, int levels) {
        int r = (p >> 16) & 0xFF;
        int gr = (p >> 8) & 0xFF;
        int b = p & 0xFF;
        if (colour) {
            return (red[r] << 16) | (green[gr] << 8) | blue[b];
        }
        int luma = (r * 299 + gr * 587 + b * 114 + 500) / 1000;
        int level = (luma * (levels - 1) + 127) / 255;
        return level * 255 / (levels - 1);
    }

    private static int[] table(int bits) {
        int[] t = new int[256];
        for (int v = 0; v < 256; v++) {
            t[v] = reduce(v, bits);
        }
        return t;
    }

    private static int[] channelBits(int depth) {
        if (depth == 16) {
            return new int[] {5, 6, 5};
        }
        int per = Math.max(1, Math.min(8, depth / 3));
        return new int[] {per, per, per};
    }

    /** Keeps the top {@code bits} of a channel and spreads them back over 0..255 so white stays 255. */
    private static int reduce(int v, int bits) {
        if (bits >= 8) {
            return v;
        }
        int max = (1 << bits) - 1;
        int q = (v * max + 127) / 255;
        return q * 255 / max;
    }
}
