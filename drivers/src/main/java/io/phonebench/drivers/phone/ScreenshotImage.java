package io.phonebench.drivers.phone;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Decodes a /CGI/Screenshot body. The common case, an uncompressed 24-bit BMP, is copied row by row into the
 * 3-byte BGR image ImageIO would give (its BMP reader took longer than the phone took to draw the screen), or put in
 * order within the body itself ({@link #decodeTaking}); every other format and variant goes through ImageIO.
 */
public final class ScreenshotImage {
    private static final int HEADER = 54;
    /** Blue, green, red in each pixel's three bytes, and the colour model Java2D gives such an image. */
    private static final int[] BGR_BANDS = {2, 1, 0};
    private static final ColorModel BGR = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB),
            new int[] {8, 8, 8}, false, false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);

    private ScreenshotImage() {
    }

    /** The image, or null when no reader knows the bytes (as {@link ImageIO#read} answers). */
    public static BufferedImage decode(byte[] bytes) throws IOException {
        BufferedImage plain = plainBmp(bytes, false);
        return plain != null ? plain : ImageIO.read(new ByteArrayInputStream(bytes));
    }

    /**
     * {@link #decode}, taking the array over: a plain BMP's rows are put in order where they are and the image reads
     * its pixels from the array, so a screenshot costs no second array of its size (200 KB for a CP-7970G: about a
     * quarter of what a fleet's push and screenshot left to the collector). The caller must not use the bytes afterwards.
     */
    public static BufferedImage decodeTaking(byte[] bytes) throws IOException {
        BufferedImage plain = plainBmp(bytes, true);
        return plain != null ? plain : ImageIO.read(new ByteArrayInputStream(bytes));
    }

    /**
     * A BI_RGB 24-bit BMP with the classic 40-byte info header, or null for anything else.
     *
     * @param inPlace whether to turn {@code b} itself into the image's pixels rather than copy them out
     */
    private static BufferedImage plainBmp(byte[] b, boolean inPlace) {
        if (b.length < HEADER || b[0] != 'B' || b[1] != 'M' || int32(b, 14) != 40 || int16(b, 26) != 1
                || int16(b, 28) != 24 || int32(b, 30) != 0) {
            return null;
        }
        int offset = int32(b, 10);
        int width = int32(b, 18);
        int height = int32(b, 22);
        boolean bottomUp = height > 0;
        int rows = Math.abs(height);
        if (width <= 0 || rows <= 0 || height == Integer.MIN_VALUE || offset < HEADER
                || (long) width * rows > 64L * 1024 * 1024) {
            return null;
        }
        int rowBytes = (width * 3 + 3) & ~3;
        if ((long) offset + (long) rowBytes * (rows - 1) + width * 3L > b.length) {
            return null;   // truncated: ImageIO says how
        }
        if (inPlace) {
            return inPlace(b, offset, width, rows, rowBytes, bottomUp);
        }
        BufferedImage image = new BufferedImage(width, rows, BufferedImage.TYPE_3BYTE_BGR);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < rows; y++) {
            int from = offset + (bottomUp ? rows - 1 - y : y) * rowBytes;
            System.arraycopy(b, from, pixels, y * width * 3, width * 3);
        }
        return image;
    }

    /**
     * The rows top-down at the array's start, each {@code rowBytes} apart (BMP padding kept as the raster's stride):
     * a bottom-up file's rows are swapped in pairs, then all moved over the header. The image is what
     * {@code TYPE_3BYTE_BGR} would be, on this array.
     */
    private static BufferedImage inPlace(byte[] b, int offset, int width, int rows, int rowBytes, boolean bottomUp) {
        int pixels = width * 3;
        if (bottomUp) {
            byte[] row = new byte[pixels];
            for (int top = 0, bottom = rows - 1; top < bottom; top++, bottom--) {
                int t = offset + top * rowBytes;
                int u = offset + bottom * rowBytes;
                System.arraycopy(b, t, row, 0, pixels);
                System.arraycopy(b, u, b, t, pixels);
                System.arraycopy(row, 0, b, u, pixels);
            }
        }
        System.arraycopy(b, offset, b, 0, (rows - 1) * rowBytes + pixels);
        WritableRaster raster = Raster.createInterleavedRaster(new DataBufferByte(b, b.length), width, rows, rowBytes,
                3, BGR_BANDS, null);
        return new BufferedImage(BGR, raster, false, null);
    }

    private static int int16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}
