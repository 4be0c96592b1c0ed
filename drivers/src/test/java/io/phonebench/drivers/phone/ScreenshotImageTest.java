package io.phonebench.drivers.phone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A screenshot decodes to what ImageIO gives: the same image type and pixels, whichever path reads it. */
class ScreenshotImageTest {

    @ParameterizedTest(name = "{0}x{1} type {2} as {3}")
    @CsvSource({"298,168,1,bmp", "133,65,1,bmp", "5,3,1,bmp", "1,1,1,bmp", "320,212,13,bmp", "298,168,10,bmp",
            "298,168,1,png", "133,65,10,png"})
    void decodesAsImageIoDoes(int width, int height, int type, String format) throws IOException {
        byte[] bytes = encoded(noisy(new BufferedImage(width, height, type), width + height), format);

        BufferedImage expected = ImageIO.read(new ByteArrayInputStream(bytes));
        BufferedImage actual = ScreenshotImage.decode(bytes);

        assertEquals(expected.getType(), actual.getType());
        assertArrayEquals(expected.getRGB(0, 0, width, height, null, 0, width),
                actual.getRGB(0, 0, width, height, null, 0, width));
        BufferedImage taking = ScreenshotImage.decodeTaking(bytes.clone());
        assertEquals(expected.getType(), taking.getType(), "decoded in its own array");
        assertArrayEquals(expected.getRGB(0, 0, width, height, null, 0, width),
                taking.getRGB(0, 0, width, height, null, 0, width));
    }

    /** A BMP may store its rows top-down (a negative height); the rows then stay in their order. */
    @Test
    void decodesATopDownBmpInItsOwnArray() throws IOException {
        BufferedImage picture = noisy(new BufferedImage(7, 5, BufferedImage.TYPE_INT_RGB), 11);
        byte[] bottomUp = encoded(picture, "bmp");
        int rowBytes = (7 * 3 + 3) & ~3;
        byte[] topDown = bottomUp.clone();
        for (int y = 0; y < 5; y++) {
            System.arraycopy(bottomUp, 54 + (4 - y) * rowBytes, topDown, 54 + y * rowBytes, rowBytes);
        }
        topDown[22] = -5;   // height -5, little-endian
        topDown[23] = -1;
        topDown[24] = -1;
        topDown[25] = -1;

        BufferedImage decoded = ScreenshotImage.decodeTaking(topDown);

        assertEquals(BufferedImage.TYPE_3BYTE_BGR, decoded.getType());
        assertArrayEquals(picture.getRGB(0, 0, 7, 5, null, 0, 7), decoded.getRGB(0, 0, 7, 5, null, 0, 7));
    }

    @Test
    void leavesATruncatedBmpToImageIo() throws IOException {
        byte[] bytes = encoded(noisy(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), 3), "bmp");
        byte[] cut = Arrays.copyOf(bytes, bytes.length / 2);

        IOException imageIo = null;
        try {
            ImageIO.read(new ByteArrayInputStream(cut));
        } catch (IOException e) {
            imageIo = e;
        }
        IOException ours = null;
        try {
            ScreenshotImage.decode(cut);
        } catch (IOException e) {
            ours = e;
        }
        assertEquals(String.valueOf(imageIo), String.valueOf(ours), "the same answer as ImageIO's own");
    }

    @Test
    void answersNullForBytesNoReaderKnows() throws IOException {
        assertNull(ScreenshotImage.decode(new byte[] {0, 1, 2, 3, 4, 5, 6, 7}));
    }

    private static byte[] encoded(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static BufferedImage noisy(BufferedImage image, long seed) {
        Random random = new Random(seed);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }
}
