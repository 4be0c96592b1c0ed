package io.phonebench.emulator.reference.display;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

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
        // whole rows of ints, not getRGB/setRGB per pixel through the colour model: every screenshot a virtual
        // phone answers and every reference screen is drawn through here (once a tenth of a run's CPU)
        int[] in = rgb.getType() == BufferedImage.TYPE_INT_RGB && rgb.getRaster().getDataBuffer() instanceof
                DataBufferInt ints && ints.getData().length == w * h ? ints.getData()
                : rgb.getRGB(0, 0, w, h, null, 0, w);   // (getRGB of a region still goes pixel by pixel)
        if (g.colour()) {
            int[] bits = channelBits(g.depth());
            int[] red = table(bits[0]);
            int[] green = table(bits[1]);
            int[] blue = table(bits[2]);
            int[] pixels = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
            for (int i = 0; i < in.length; i++) {
                int p = in[i];
                pixels[i] = (red[(p >> 16) & 0xFF] << 16) | (green[(p >> 8) & 0xFF] << 8) | blue[p & 0xFF];
            }
        } else {
            int levels = g.greyLevels();
            byte[] pixels = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
            for (int i = 0; i < in.length; i++) {
                int p = in[i];
                int luma = (((p >> 16) & 0xFF) * 299 + ((p >> 8) & 0xFF) * 587 + (p & 0xFF) * 114 + 500) / 1000;
                int level = (luma * (levels - 1) + 127) / 255;
                pixels[i] = (byte) (level * 255 / (levels - 1));
            }
        }
        return out;
    }

    /** {@link #reduce} of every channel value. */
    private static int[] table(int bits) {
        int[] table = new int[256];
        for (int v = 0; v < 256; v++) {
            table[v] = reduce(v, bits);
        }
        return table;
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
