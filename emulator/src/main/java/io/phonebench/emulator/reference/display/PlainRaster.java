package io.phonebench.emulator.reference.display;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;

/**
 * The data array behind an image the display code drew itself, when it is laid out plainly (one element per pixel,
 * rows packed, no sub-image), so loops can work on it instead of calling getRGB/setRGB a pixel at a time.
 */
final class PlainRaster {
    private PlainRaster() {
    }

    /** The 0xRRGGBB pixels of a plain INT_RGB image, else null. */
    static int[] pixels(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB
                && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer
                && plain(image, buffer.getOffset(), buffer.getSize())) {
            return buffer.getData();
        }
        return null;
    }

    /** The grey samples of a plain BYTE_GRAY image, else null. */
    static byte[] greys(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                && plain(image, buffer.getOffset(), buffer.getSize())) {
            return buffer.getData();
        }
        return null;
    }

    private static boolean plain(BufferedImage image, int offset, int size) {
        WritableRaster raster = image.getRaster();
        int width = image.getWidth();
        return offset == 0 && raster.getParent() == null && raster.getSampleModelTranslateX() == 0
                && raster.getSampleModelTranslateY() == 0 && size == width * image.getHeight()
                && (raster.getSampleModel() instanceof SinglePixelPackedSampleModel packed
                        ? packed.getScanlineStride() == width
                        : raster.getSampleModel() instanceof ComponentSampleModel component
                                && component.getScanlineStride() == width && component.getPixelStride() == 1);
    }
}
