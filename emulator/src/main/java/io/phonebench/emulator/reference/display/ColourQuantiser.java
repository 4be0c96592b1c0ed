package io.phonebench.emulator.reference.display;

import java.awt.image.BufferedImage;

/**
 * Reduces a full-colour drawing to what the panel can show: grey areas keep 2^depth grey levels (luma by ITU-R
 * BT.601 weights, in integers so every JVM gives the same result); colour areas keep depth/3 bits per channel
 * (12 bit: 4-4-4, 16 bit: 5-6-5, 24 bit: all).
 */
final class ColourQuantiser {
    private ColourQuantiser() {
    }

    static BufferedImage quantise(BufferedImage rgb, ScreenGeometry g) {
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        BufferedImage out = new BufferedImage(w, h, g.colour() ? BufferedImage.TYPE_INT_RGB
                : BufferedImage.TYPE_BYTE_GRAY);
        int[] bits = channelBits(g.depth());
        int levels = g.greyLevels();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = rgb.getRGB(x, y);
                int r = (p >> 16) & 0xFF;
                int gr = (p >> 8) & 0xFF;
                int b = p & 0xFF;
                if (g.colour()) {
                    out.setRGB(x, y, (reduce(r, bits[0]) << 16) | (reduce(gr, bits[1]) << 8) | reduce(b, bits[2]));
                } else {
                    int luma = (r * 299 + gr * 587 + b * 114 + 500) / 1000;
                    int level = (luma * (levels - 1) + 127) / 255;
                    int v = level * 255 / (levels - 1);
                    out.getRaster().setSample(x, y, 0, v);
                }
            }
        }
        return out;
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
