package io.phonebench.emulator.reference.display;

import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.protocol.image.Png;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * What /CGI/Screenshot answers: the model's panel size in its screenshot format, with the service area centred in
 * it (the phone's own status line and line keys around it are not modelled and stay white).
 */
public final class ScreenshotEncoder {
    private static final byte WHITE = (byte) 0xFF;

    private final PhoneModel model;

    public ScreenshotEncoder(PhoneModel model) {
        this.model = model;
    }

    /** The screenshot as an image: panel-sized, RGB. */
    public BufferedImage panel(BufferedImage serviceArea) {
        return onWhite(serviceArea, panelWidth(serviceArea), panelHeight(serviceArea));
    }

    /** The model's screenshot size, or the service area's where that is larger. */
    private int panelWidth(BufferedImage serviceArea) {
        return Math.max(model.screenshotWidth(), serviceArea.getWidth());
    }

    private int panelHeight(BufferedImage serviceArea) {
        return Math.max(model.screenshotHeight(), serviceArea.getHeight());
    }

    /** The screenshot bytes in the model's format (BMP or PNG). */
    public byte[] encode(BufferedImage serviceArea) {
        return encode(serviceArea, byte[]::new);
    }

    /**
     * {@link #encode(BufferedImage)}, a BMP written into an array of {@code arrays} (asked for the exact length; any
     * content: every byte is written). A PNG's length is known only once compressed, so it gets an array of its own.
     */
    public byte[] encode(BufferedImage serviceArea, IntFunction<byte[]> arrays) {
        return switch (model.screenshotFormat()) {
            case BMP -> bmp(serviceArea, panelWidth(serviceArea), panelHeight(serviceArea), arrays);
            case PNG -> Png.encode(panel(serviceArea));
        };
    }

    /** {@link #bmp(BufferedImage, int, int, IntFunction)} of the picture alone, in a new array. */
    static byte[] bmp(BufferedImage picture) {
        return bmp(picture, picture.getWidth(), picture.getHeight(), byte[]::new);
    }

    /**
     * The {@code width x height} panel with {@code picture} centred on white, as a 24-bit BMP: byte for byte what
     * ImageIO's BMP writer makes of {@link #panel} (bottom-up rows of blue, green, red, each padded to four bytes,
     * after a 54-byte header). Written straight from the picture's pixels, without drawing the panel first: ImageIO's
     * writer, then the panel's drawing, were most of a virtual phone's screenshot time and garbage. Every byte is
     * written, the header's zeros and the rows' padding too, since the array may be one used before; each run of one
     * colour is written by doubling copies: a byte-per-channel loop over every pixel was a third of a virtual phone's
     * CPU per push and screenshot.
     */
    static byte[] bmp(BufferedImage picture, int width, int height, IntFunction<byte[]> arrays) {
        int pw = picture.getWidth();
        int ph = picture.getHeight();
        int[] rgb = PlainRaster.pixels(picture);
        byte[] grey = rgb == null ? PlainRaster.greys(picture) : null;
        if (rgb == null && grey == null) {
            // Any other raster: drawn onto an INT_RGB panel by Java2D, whose colour conversion the bytes then carry.
            BufferedImage panel = onWhite(picture, width, height);
            return bmp(panel, width, height, arrays);
        }
        int rowBytes = (width * 3 + 3) & ~3;
        int pixelBytes = rowBytes * height;
        byte[] out = arrays.apply(54 + pixelBytes);
        Arrays.fill(out, 0, 54, (byte) 0);
        out[0] = 'B';
        out[1] = 'M';
        littleEndian(out, 2, out.length);
        littleEndian(out, 10, 54);
        littleEndian(out, 14, 40);
        littleEndian(out, 18, width);
        littleEndian(out, 22, height);
        out[26] = 1;     // planes
        out[28] = 24;    // bits per pixel; compression (30) 0: BI_RGB
        littleEndian(out, 34, pixelBytes);
        int left = (width - pw) / 2;
        int top = (height - ph) / 2;
        for (int line = 0; line < height; line++) {   // file order: the bottom row first
            int at = 54 + line * rowBytes;
            int y = height - 1 - top - line;          // the picture's row on this line, if any
            Arrays.fill(out, at + width * 3, at + rowBytes, (byte) 0);
            if (y < 0 || y >= ph) {
                Arrays.fill(out, at, at + width * 3, WHITE);
                continue;
            }
            Arrays.fill(out, at, at + left * 3, WHITE);
            Arrays.fill(out, at + (left + pw) * 3, at + width * 3, WHITE);
            at += left * 3;
            int from = y * pw;
            if (rgb != null) {
                writeRuns(rgb, from, from + pw, out, at);
            } else {
                // Java2D draws a grey sample as that level on all three channels (no gamma step, unlike getRGB)
                for (int x = from; x < from + pw; x++, at += 3) {
                    byte level = grey[x];
                    out[at] = level;
                    out[at + 1] = level;
                    out[at + 2] = level;
                }
            }
        }
        return out;
    }

    /** Pixels {@code [from, end)} as blue, green, red bytes from {@code at}, a run of one colour at a time. */
    private static void writeRuns(int[] rgb, int from, int end, byte[] out, int at) {
        for (int x = from; x < end; ) {
            int p = rgb[x];
            int next = ColourQuantiser.runEnd(rgb, x, end);
            int start = at;
            out[at] = (byte) p;
            out[at + 1] = (byte) (p >> 8);
            out[at + 2] = (byte) (p >> 16);
            int written = 3;
            int run = (next - x) * 3;
            while (written < run) {   // 3, 6, 12, ... bytes: a long run is a few copies
                int n = Math.min(written, run - written);
                System.arraycopy(out, start, out, start + written, n);
                written += n;
            }
            at += run;
            x = next;
        }
    }

    private static BufferedImage onWhite(BufferedImage picture, int width, int height) {
        BufferedImage panel = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = panel.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(picture, (width - picture.getWidth()) / 2, (height - picture.getHeight()) / 2, null);
        } finally {
            g.dispose();
        }
        return panel;
    }

    private static void littleEndian(byte[] out, int at, int value) {
        out[at] = (byte) value;
        out[at + 1] = (byte) (value >> 8);
        out[at + 2] = (byte) (value >> 16);
        out[at + 3] = (byte) (value >> 24);
    }
}
