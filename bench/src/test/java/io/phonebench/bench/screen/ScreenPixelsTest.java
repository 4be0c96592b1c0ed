package io.phonebench.bench.screen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The fast pixel read of each raster type screenshots decode to gives exactly what getRGB gives. */
class ScreenPixelsTest {

    @ParameterizedTest(name = "image type {0}")
    @ValueSource(ints = {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_3BYTE_BGR,
            BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_BYTE_INDEXED,
            BufferedImage.TYPE_BYTE_BINARY, BufferedImage.TYPE_USHORT_565_RGB})
    void readsThePixelsGetRgbReads(int type) {
        BufferedImage image = noisy(new BufferedImage(37, 23, type), 7);

        assertArrayEquals(rgb24(image.getRGB(0, 0, 37, 23, null, 0, 37)), rgb24(ScreenComparison.rgb(image)));
    }

    @Test
    void readsADecodedBmpScreenshot() throws IOException {
        BufferedImage drawn = noisy(new BufferedImage(298, 168, BufferedImage.TYPE_INT_RGB), 11);
        ByteArrayOutputStream bmp = new ByteArrayOutputStream();
        ImageIO.write(drawn, "bmp", bmp);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bmp.toByteArray()));

        assertEquals(BufferedImage.TYPE_3BYTE_BGR, decoded.getType(), "what a BMP screenshot decodes to");
        assertArrayEquals(rgb24(drawn.getRGB(0, 0, 298, 168, null, 0, 298)), rgb24(ScreenComparison.rgb(decoded)));
    }

    @Test
    void readsASubImageThroughItsOwnOrigin() {
        BufferedImage whole = noisy(new BufferedImage(40, 30, BufferedImage.TYPE_3BYTE_BGR), 5);
        BufferedImage part = whole.getSubimage(5, 7, 20, 10);

        assertArrayEquals(rgb24(part.getRGB(0, 0, 20, 10, null, 0, 20)), rgb24(ScreenComparison.rgb(part)));
    }

    private static BufferedImage noisy(BufferedImage image, long seed) {
        Random random = new Random(seed);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, 0xFF000000 | random.nextInt(0x1000000));
            }
        }
        return image;
    }

    private static int[] rgb24(int[] pixels) {
        return Arrays.stream(pixels).map(p -> p & 0xFFFFFF).toArray();
    }
}
