package io.phonebench.emulator.reference.display;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A virtual phone's BMP screenshot is written straight from the pixels; it must be the file ImageIO's BMP writer
 * makes of the same image (24-bit, bottom-up, rows padded to four bytes), and decode back to the same pixels.
 */
class ScreenshotBmpTest {
    @Test
    void isByteForByteWhatImageIoWritesForEveryRowPadding() throws Exception {
        Random random = new Random(7);
        for (int width : new int[] {298, 299, 300, 301, 1}) {
            BufferedImage image = new BufferedImage(width, 7, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < width; x++) {
                    image.setRGB(x, y, random.nextInt(1 << 24));
                }
            }
            ByteArrayOutputStream imageIo = new ByteArrayOutputStream();
            ImageIO.write(image, "bmp", imageIo);

            byte[] written = ScreenshotEncoder.bmp(image);

            assertArrayEquals(imageIo.toByteArray(), written, "width " + width);
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(written));
            assertEquals(image.getRGB(width - 1, 6), back.getRGB(width - 1, 6), "width " + width);
        }
    }
}
