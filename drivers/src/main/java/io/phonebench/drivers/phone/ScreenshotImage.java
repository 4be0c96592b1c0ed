package io.phonebench.drivers.phone;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
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

    /**
     * A body of {@code length} bytes decoded as it is read: a plain BMP's rows go from the socket straight into the
     * image, so no copy of the body is made (a screenshot is 200 KB, and a fleet's bench made one per screenshot);
     * any other body is read whole and decoded as {@link #decode(byte[])} does.
     *
     * @throws IOException when reading the body fails: the transport's problem, not the image's
     */
    static Read read(InputStream in, int length) throws IOException {
        byte[] header = in.readNBytes(Math.min(HEADER, length));
        Layout plain = Layout.of(header, length);
        if (plain == null) {
            byte[] body = new byte[length];
            System.arraycopy(header, 0, body, 0, header.length);
            int rest = in.readNBytes(body, header.length, length - header.length);
            if (header.length + rest < length) {
                throw new EOFException("the body ended after " + (header.length + rest) + " of " + length + " bytes");
            }
            try {
                return new Read(decode(body), null, body);
            } catch (IOException broken) {
                return new Read(null, broken, body);   // read whole: the bytes, not the transport, are at fault
            }
        }
        in.skipNBytes(plain.offset() - HEADER);
        BufferedImage image = new BufferedImage(plain.width(), plain.rows(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int row = plain.width() * 3;
        for (int i = 0; i < plain.rows(); i++) {   // file order
            int y = plain.bottomUp() ? plain.rows() - 1 - i : i;
            if (in.readNBytes(pixels, y * row, row) < row) {
                throw new EOFException("the body ended in pixel row " + i + " of " + plain.rows());
            }
            if (i < plain.rows() - 1) {
                in.skipNBytes(plain.rowBytes() - row);   // the last row's padding may be left out
            }
        }
        return new Read(image, null, null);
    }

    /**
     * What a body read as it arrived came to: its image; or why none came of its bytes ({@code broken}, or neither
     * when no reader knows them), with the bytes for the message ({@code body}, kept only when read whole).
     */
    record Read(BufferedImage image, IOException broken, byte[] body) {
    }

    /** A BI_RGB 24-bit BMP with the classic 40-byte info header, or null for anything else. */
    private static BufferedImage plainBmp(byte[] b) {
        Layout plain = Layout.of(b, b.length);
        if (plain == null) {
            return null;
        }
        BufferedImage image = new BufferedImage(plain.width(), plain.rows(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int row = plain.width() * 3;
        for (int y = 0; y < plain.rows(); y++) {
            int from = plain.offset() + (plain.bottomUp() ? plain.rows() - 1 - y : y) * plain.rowBytes();
            System.arraycopy(b, from, pixels, y * row, row);
        }
        return image;
    }

    /** Where a plain BMP keeps its pixels: the offset of its first row in the file, and each row's length. */
    private record Layout(int offset, int width, int rows, boolean bottomUp, int rowBytes) {
        /**
         * The layout a BI_RGB 24-bit BMP with the classic 40-byte info header declares, when {@code length} bytes
         * hold all its pixels; null for anything else (another format or variant, or a truncated one: ImageIO then
         * says how).
         */
        static Layout of(byte[] b, long length) {
            if (b.length < HEADER || b[0] != 'B' || b[1] != 'M' || int32(b, 14) != 40 || int16(b, 26) != 1
                    || int16(b, 28) != 24 || int32(b, 30) != 0) {
                return null;
            }
            int offset = int32(b, 10);
            int width = int32(b, 18);
            int height = int32(b, 22);
            int rows = Math.abs(height);
            if (width <= 0 || rows <= 0 || height == Integer.MIN_VALUE || offset < HEADER
                    || (long) width * rows > 64L * 1024 * 1024) {
                return null;
            }
            int rowBytes = (width * 3 + 3) & ~3;
            if ((long) offset + (long) rowBytes * (rows - 1) + width * 3L > length) {
                return null;
            }
            return new Layout(offset, width, rows, height > 0, rowBytes);
        }
    }

    private static int int16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}
