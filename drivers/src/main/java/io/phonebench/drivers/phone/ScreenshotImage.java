package io.phonebench.drivers.phone;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Decodes a /CGI/Screenshot body. The common case, an uncompressed 24-bit BMP, is copied row by row into the
 * 3-byte BGR image ImageIO would give (its BMP reader took longer than the phone took to draw the screen); every
 * other format and variant goes through ImageIO.
 */
public final class ScreenshotImage {
    private static final int HEADER = 54;

    private ScreenshotImage() {
    }

    /** The image, or null when no reader knows the bytes (as {@link ImageIO#read} answers). */
    public static BufferedImage decode(byte[] bytes) throws IOException {
        BufferedImage plain = plainBmp(bytes);
        return plain != null ? plain : ImageIO.read(new ByteArrayInputStream(bytes));
    }

    /** A BI_RGB 24-bit BMP with the classic 40-byte info header, or null for anything else. */
    private static BufferedImage plainBmp(byte[] b) {
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
        BufferedImage image = new BufferedImage(width, rows, BufferedImage.TYPE_3BYTE_BGR);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < rows; y++) {
            int from = offset + (bottomUp ? rows - 1 - y : y) * rowBytes;
            System.arraycopy(b, from, pixels, y * width * 3, width * 3);
        }
        return image;
    }

    private static int int16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}
