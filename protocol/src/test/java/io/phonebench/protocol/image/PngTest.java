package io.phonebench.protocol.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The hand-written PNG is judged against the JDK: every sample it decodes to (through ImageIO's reader) equals what
 * the JDK writer's PNG of the same image decodes to, and its chunks carry correct CRCs, which ImageIO's reader does
 * not check but browsers do.
 */
class PngTest {
    private static final int[] LAYOUTS = {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB,
            BufferedImage.TYPE_BYTE_GRAY};

    @Test
    void aPhoneScreenDecodesToTheSamplesTheJdkWritersPngDecodesTo() throws IOException {
        for (int type : LAYOUTS) {
            for (int[] size : new int[][] {{298, 168}, {320, 212}, {800, 480}}) {
                assertSameAsJdk(screen(size[0], size[1], type));
            }
        }
    }

    @Test
    void noiseOddSizesAndASinglePixelDecodeAlike() throws IOException {
        Random random = new Random(20261203);
        for (int type : LAYOUTS) {
            for (int[] size : new int[][] {{1, 1}, {3, 2}, {7, 5}, {333, 97}}) {
                BufferedImage image = new BufferedImage(size[0], size[1], type);
                for (int y = 0; y < size[1]; y++) {
                    for (int x = 0; x < size[0]; x++) {
                        image.getRaster().setPixel(x, y, type == BufferedImage.TYPE_BYTE_GRAY
                                ? new int[] {random.nextInt(256)}
                                : new int[] {random.nextInt(256), random.nextInt(256), random.nextInt(256)});
                    }
                }
                assertSameAsJdk(image);
            }
        }
    }

    @Test
    void everyChunkCarriesItsCrcAndTheHeaderNamesSizeDepthAndColourType() {
        byte[] png = Png.encode(screen(320, 212, BufferedImage.TYPE_3BYTE_BGR));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
                java.util.Arrays.copyOf(png, 8));
        ByteBuffer in = ByteBuffer.wrap(png, 8, png.length - 8);
        List<String> types = new ArrayList<>();
        while (in.hasRemaining()) {
            int length = in.getInt();
            byte[] typeAndData = new byte[4 + length];
            in.get(typeAndData);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            String type = new String(typeAndData, 0, 4, StandardCharsets.US_ASCII);
            assertEquals((int) crc.getValue(), in.getInt(), "CRC of " + type);
            types.add(type);
            if (type.equals("IHDR")) {
                ByteBuffer header = ByteBuffer.wrap(typeAndData, 4, length);
                assertEquals(320, header.getInt());
                assertEquals(212, header.getInt());
                assertEquals(8, header.get(), "bit depth");
                assertEquals(2, header.get(), "colour type: true colour");
            }
        }
        assertEquals(List.of("IHDR", "IDAT", "IEND"), types);
    }

    @Test
    void otherLayoutsAreLeftToImageIoAndKeepTheirPixels() throws IOException {
        BufferedImage withAlpha = new BufferedImage(40, 30, BufferedImage.TYPE_4BYTE_ABGR);
        withAlpha.setRGB(3, 4, 0x80ff0000);
        BufferedImage view = screen(320, 212, BufferedImage.TYPE_INT_RGB).getSubimage(10, 20, 100, 50);
        for (BufferedImage image : List.of(withAlpha, view)) {
            byte[] png = Png.encode(image);
            assertArrayEquals(Png.throughImageIo(image), png, "the JDK writer's PNG");
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    assertEquals(image.getRGB(x, y), decoded.getRGB(x, y), "pixel " + x + "," + y);
                }
            }
        }
    }

    private static void assertSameAsJdk(BufferedImage image) throws IOException {
        ByteArrayOutputStream jdk = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, "png", jdk));
        BufferedImage expected = ImageIO.read(new ByteArrayInputStream(jdk.toByteArray()));
        BufferedImage actual = ImageIO.read(new ByteArrayInputStream(Png.encode(image)));
        String what = "type " + image.getType() + " " + image.getWidth() + "x" + image.getHeight();
        assertEquals(expected.getType(), actual.getType(), what);
        int w = image.getWidth();
        int h = image.getHeight();
        assertArrayEquals(expected.getRaster().getPixels(0, 0, w, h, (int[]) null),
                actual.getRaster().getPixels(0, 0, w, h, (int[]) null), what);
        assertArrayEquals(image.getRaster().getPixels(0, 0, w, h, (int[]) null),
                actual.getRaster().getPixels(0, 0, w, h, (int[]) null), what + ": the source's samples");
    }

    /** A phone screen: a coloured title bar and lines of anti-aliased text on white. */
    private static BufferedImage screen(int w, int h, int type) {
        BufferedImage image = new BufferedImage(w, h, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(40, 80, 160));
        g.fillRect(0, 0, w, 20);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int y = 40; y < h; y += 16) {
            g.drawString("Line " + y + " of the phone's screen", 5, y);
        }
        g.dispose();
        return image;
    }
}
