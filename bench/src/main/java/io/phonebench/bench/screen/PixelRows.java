package io.phonebench.bench.screen;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;

/**
 * An image's pixels read on its own raster, row by row, as 0xRRGGBB: packed int RGB and interleaved 3- or 4-byte BGR
 * straight from the data array, one byte per pixel (grey, palette) through a 256-entry lookup, anything else through
 * getRGB one row at a time. Screenshots decode to 3-byte BGR (BMP) or to the type a baseline PNG decodes to;
 * comparing them where they lie saves copying 800x480 pixels into an int[] first, which cost more than the
 * comparison itself. Not thread-safe: one scratch row per instance.
 */
final class PixelRows {
    /** How the raster holds its pixels. */
    enum Layout {
        /** one int per pixel, 0x(AA)RRGGBB */
        INT_RGB,
        /** 3 or 4 bytes per pixel, one band each for blue, green, red (and alpha) */
        BYTE_BGR,
        /** one byte per pixel, a lookup gives its colour */
        BYTE_LOOKUP,
        /** anything else: getRGB */
        OTHER
    }

    private final BufferedImage image;
    private final Layout layout;
    private final int width;
    private final int[] ints;
    private final byte[] bytes;
    /** Element index of pixel (0, 0) in the data array. */
    private final int base;
    /** Elements per row and per pixel of the data array. */
    private final int stride;
    private final int step;
    private final int red;
    private final int green;
    private final int blue;
    private final int[] lookup;
    private final int[] scratch;

    private PixelRows(BufferedImage image, Layout layout, int[] ints, byte[] bytes, int base, int stride, int step,
            int[] bandOffsets, int[] lookup) {
        this.image = image;
        this.layout = layout;
        this.width = image.getWidth();
        this.ints = ints;
        this.bytes = bytes;
        this.base = base;
        this.stride = stride;
        this.step = step;
        this.red = bandOffsets.length > 2 ? bandOffsets[0] : 0;
        this.green = bandOffsets.length > 2 ? bandOffsets[1] : 0;
        this.blue = bandOffsets.length > 2 ? bandOffsets[2] : 0;
        this.lookup = lookup;
        this.scratch = new int[width];
    }

    static PixelRows of(BufferedImage image) {
        WritableRaster raster = image.getRaster();
        int type = image.getType();
        // a sub-image's raster starts inside its parent's data: its origin is at minus the translation
        int dx = -raster.getSampleModelTranslateX();
        int dy = -raster.getSampleModelTranslateY();
        if ((type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)
                && raster.getDataBuffer() instanceof DataBufferInt buffer && buffer.getNumBanks() == 1
                && raster.getSampleModel() instanceof SinglePixelPackedSampleModel model) {
            int stride = model.getScanlineStride();
            return new PixelRows(image, Layout.INT_RGB, buffer.getData(), null, buffer.getOffset() + dy * stride + dx,
                    stride, 1, new int[0], null);
        }
        if (raster.getDataBuffer() instanceof DataBufferByte buffer && buffer.getNumBanks() == 1
                && raster.getSampleModel() instanceof PixelInterleavedSampleModel model) {
            int stride = model.getScanlineStride();
            int step = model.getPixelStride();
            int base = buffer.getOffset() + dy * stride + dx * step;
            if (type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_4BYTE_ABGR) {
                return new PixelRows(image, Layout.BYTE_BGR, null, buffer.getData(), base, stride, step,
                        model.getBandOffsets(), null);
            }
            if ((type == BufferedImage.TYPE_BYTE_GRAY || type == BufferedImage.TYPE_BYTE_INDEXED) && step == 1) {
                return new PixelRows(image, Layout.BYTE_LOOKUP, null, buffer.getData(),
                        base + model.getBandOffsets()[0], stride, 1, new int[0], colours(image));
            }
        }
        return new PixelRows(image, Layout.OTHER, null, null, 0, 0, 1, new int[0], null);
    }

    /**
     * What getRGB makes of each of the 256 byte values (for grey that includes its linear-to-sRGB step, so the same
     * path is asked, on a 256-pixel image of the same colour model).
     */
    private static int[] colours(BufferedImage image) {
        WritableRaster values = image.getColorModel().createCompatibleWritableRaster(256, 1);
        for (int v = 0; v < 256; v++) {
            values.setSample(v, 0, 0, v);
        }
        int[] colours = new BufferedImage(image.getColorModel(), values, false, null)
                .getRGB(0, 0, 256, 1, null, 0, 256);
        for (int v = 0; v < 256; v++) {
            colours[v] &= 0xFFFFFF;
        }
        return colours;
    }

    Layout layout() {
        return layout;
    }

    /** Whether {@code other} holds its pixels exactly as this does, so equal elements mean equal pixels. */
    boolean sameLayout(PixelRows other) {
        return layout == other.layout && step == other.step && red == other.red && green == other.green
                && blue == other.blue && (layout == Layout.INT_RGB || layout == Layout.BYTE_BGR);
    }

    int[] ints() {
        return ints;
    }

    byte[] bytes() {
        return bytes;
    }

    /** Element index of pixel (0, y) in {@link #ints()} or {@link #bytes()}. */
    int rowStart(int y) {
        return base + y * stride;
    }

    /** Elements per pixel in the data array. */
    int step() {
        return step;
    }

    /** Pixel (x, y) as 0xRRGGBB. */
    int rgb(int x, int y) {
        return switch (layout) {
            case INT_RGB -> ints[base + y * stride + x] & 0xFFFFFF;
            case BYTE_BGR -> {
                int at = base + y * stride + x * step;
                yield (bytes[at + red] & 0xFF) << 16 | (bytes[at + green] & 0xFF) << 8 | bytes[at + blue] & 0xFF;
            }
            case BYTE_LOOKUP -> lookup[bytes[base + y * stride + x] & 0xFF];
            case OTHER -> image.getRGB(x, y) & 0xFFFFFF;
        };
    }

    /** Row {@code y} as 0xRRGGBB, in a scratch array that the next call overwrites. */
    int[] row(int y) {
        int[] out = scratch;
        switch (layout) {
            case INT_RGB -> {
                int at = base + y * stride;
                for (int x = 0; x < width; x++) {
                    out[x] = ints[at + x] & 0xFFFFFF;
                }
            }
            case BYTE_BGR -> {
                for (int x = 0, at = base + y * stride; x < width; x++, at += step) {
                    out[x] = (bytes[at + red] & 0xFF) << 16 | (bytes[at + green] & 0xFF) << 8 | bytes[at + blue] & 0xFF;
                }
            }
            case BYTE_LOOKUP -> {
                for (int x = 0, at = base + y * stride; x < width; x++, at++) {
                    out[x] = lookup[bytes[at] & 0xFF];
                }
            }
            case OTHER -> {
                image.getRGB(0, y, width, 1, out, 0, width);
                for (int x = 0; x < width; x++) {
                    out[x] &= 0xFFFFFF;
                }
            }
        }
        return out;
    }

    /** All pixels as 0xRRGGBB, row after row. */
    int[] all() {
        int h = image.getHeight();
        int[] out = new int[width * h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(row(y), 0, out, y * width, width);
        }
        return out;
    }

    /**
     * Greyscale by colour model, or by content: every pixel has red = green = blue. A palette of greys only answers
     * without looking at the pixels; the scan stops at the first colour pixel.
     */
    boolean grey() {
        if (image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY) {
            return true;
        }
        if (layout == Layout.BYTE_LOOKUP && allGrey(lookup, 256)) {
            return true;
        }
        for (int y = 0; y < image.getHeight(); y++) {
            if (!allGrey(row(y), width)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allGrey(int[] pixels, int count) {
        for (int i = 0; i < count; i++) {
            int p = pixels[i];
            int r = (p >> 16) & 0xFF;
            if (r != ((p >> 8) & 0xFF) || r != (p & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
