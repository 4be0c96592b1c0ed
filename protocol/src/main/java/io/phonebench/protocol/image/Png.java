package io.phonebench.protocol.image;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.SampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * PNG bytes of an image, at the fastest deflate level: what a virtual 88xx phone answers /CGI/Screenshot with, what
 * the service host serves a colour display, and the report's screen evidence. A phone screen of flat colours is a few
 * KiB at any level (8.5 KiB at this one, 6 KiB at the JDK writer's default, for a 320x212 screen).
 *
 * <p>The raster layouts phone screens come in are written by hand: a decoded BMP or PNG screenshot (3-byte BGR), a
 * rendering or a diff (int RGB) and a grey panel (one byte per pixel), with the JDK's zlib doing the compression,
 * because the JDK's PNG writer copies a raster for every row, widens each sample to an int and tries five row filters:
 * at the same deflate level it took 2.2-2.4 ms for a 320x212 screen where this takes 0.7-0.8 ms (14 ms against 3.3-4.1
 * ms at 800x480, C1). Rows are written unfiltered (filter type None): the JDK writer's own choice came out as None on
 * phone screens too, which are runs of flat colour that deflate finds as repeats. The samples written are the
 * raster's, as the JDK writer writes them (a grey image is written as grey, not through its colour model). Images of
 * any other layout (alpha, a sub-image's view) go through the JDK's writer at the same level.
 *
 * <p>Format: the PNG specification (W3C, https://www.w3.org/TR/png/; ISO/IEC 15948): signature, IHDR, IDAT and IEND
 * chunks, colour types 0 and 2 at bit depth 8, filter method 0, one zlib stream.
 */
public final class Png {
    private static final int LEVEL = Deflater.BEST_SPEED;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int GREY = 0;
    private static final int TRUE_COLOUR = 2;

    private Png() {
    }

    /** The PNG of {@code image}. */
    public static byte[] encode(BufferedImage image) {
        Rows rows = Rows.of(image);
        return rows == null ? throughImageIo(image) : encode(image, rows);
    }

    private static byte[] encode(BufferedImage image, Rows rows) {
        int width = image.getWidth();
        int height = image.getHeight();
        ByteArrayOutputStream idat = new ByteArrayOutputStream(width * height / 4 + 64);
        Deflater deflater = new Deflater(LEVEL);
        try (DeflaterOutputStream zlib = new DeflaterOutputStream(idat, deflater, 32 * 1024)) {
            byte[] row = new byte[1 + width * rows.bytesPerPixel];   // row[0] stays 0: filter type None
            for (int y = 0; y < height; y++) {
                rows.copy(y, row);
                zlib.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("deflating a PNG in memory", e);   // a byte array cannot fail to grow
        } finally {
            deflater.end();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(idat.size() + 64);
        png.writeBytes(SIGNATURE);
        // bit depth 8; compression, filter and interlace methods 0 (deflate, adaptive filtering, none)
        byte[] header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8)
                .put((byte) rows.colourType).array();
        chunk(png, "IHDR", header);
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** Any other layout, through the JDK's writer at the same level. */
    static byte[] throughImageIo(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed()) {
                // the JDK 17 writer deflates at level 9 - round(9 * quality)
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality((9 - LEVEL) / 9f);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a " + image.getWidth() + "x" + image.getHeight()
                    + " image as PNG in memory", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Length, type, data and the CRC-32 of type and data. */
    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** Reads rows of one raster layout as PNG samples (R, G, B or grey), each after a filter-type byte. */
    private abstract static class Rows {
        final int colourType;
        final int bytesPerPixel;
        final int width;
        final int stride;

        Rows(int colourType, int bytesPerPixel, int width, int stride) {
            this.colourType = colourType;
            this.bytesPerPixel = bytesPerPixel;
            this.width = width;
            this.stride = stride;
        }

        abstract void copy(int y, byte[] row);

        /** The rows of a plain raster (not a sub-image's view) of the three layouts, otherwise null. */
        static Rows of(BufferedImage image) {
            WritableRaster raster = image.getRaster();
            DataBuffer buffer = raster.getDataBuffer();
            SampleModel model = raster.getSampleModel();
            if (raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0
                    || buffer.getNumBanks() != 1 || buffer.getOffset() != 0) {
                return null;
            }
            int w = image.getWidth();
            switch (image.getType()) {
                case BufferedImage.TYPE_3BYTE_BGR:
                    if (model instanceof ComponentSampleModel c && c.getPixelStride() == 3
                            && Arrays.equals(c.getBandOffsets(), new int[] {2, 1, 0})
                            && buffer instanceof DataBufferByte bytes) {
                        return new Bgr(bytes.getData(), w, c.getScanlineStride());
                    }
                    return null;
                case BufferedImage.TYPE_INT_RGB:
                    if (model instanceof SinglePixelPackedSampleModel s && buffer instanceof DataBufferInt ints) {
                        return new IntRgb(ints.getData(), w, s.getScanlineStride());
                    }
                    return null;
                case BufferedImage.TYPE_BYTE_GRAY:
                    if (model instanceof ComponentSampleModel c && c.getPixelStride() == 1
                            && buffer instanceof DataBufferByte bytes) {
                        return new Grey(bytes.getData(), w, c.getScanlineStride());
                    }
                    return null;
                default:
                    return null;
            }
        }
    }

    private static final class Bgr extends Rows {
        private final byte[] data;

        Bgr(byte[] data, int width, int stride) {
            super(TRUE_COLOUR, 3, width, stride);
            this.data = data;
        }

        @Override
        void copy(int y, byte[] row) {
            int from = y * stride;
            for (int i = 1, end = 1 + 3 * width; i < end; i += 3, from += 3) {
                row[i] = data[from + 2];
                row[i + 1] = data[from + 1];
                row[i + 2] = data[from];
            }
        }
    }

    private static final class IntRgb extends Rows {
        private final int[] data;

        IntRgb(int[] data, int width, int stride) {
            super(TRUE_COLOUR, 3, width, stride);
            this.data = data;
        }

        @Override
        void copy(int y, byte[] row) {
            int from = y * stride;
            for (int i = 1, end = 1 + 3 * width; i < end; i += 3) {
                int rgb = data[from++];
                row[i] = (byte) (rgb >> 16);
                row[i + 1] = (byte) (rgb >> 8);
                row[i + 2] = (byte) rgb;
            }
        }
    }

    private static final class Grey extends Rows {
        private final byte[] data;

        Grey(byte[] data, int width, int stride) {
            super(GREY, 1, width, stride);
            this.data = data;
        }

        @Override
        void copy(int y, byte[] row) {
            System.arraycopy(data, y * stride, row, 1, width);
        }
    }
}
