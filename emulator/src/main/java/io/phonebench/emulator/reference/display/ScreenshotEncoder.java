package io.phonebench.emulator.reference.display;

import io.phonebench.emulator.catalog.PhoneModel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * What /CGI/Screenshot answers: the model's panel size in its screenshot format, with the service area centred in
 * it (the phone's own status line and line keys around it are not modelled and stay white).
 */
public final class ScreenshotEncoder {
    private final PhoneModel model;

    public ScreenshotEncoder(PhoneModel model) {
        this.model = model;
    }

    /** The screenshot as an image: panel-sized, RGB. */
    public BufferedImage panel(BufferedImage serviceArea) {
        int w = Math.max(model.screenshotWidth(), serviceArea.getWidth());
        int h = Math.max(model.screenshotHeight(), serviceArea.getHeight());
        BufferedImage panel = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = panel.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(serviceArea, (w - serviceArea.getWidth()) / 2, (h - serviceArea.getHeight()) / 2, null);
        } finally {
            g.dispose();
        }
        return panel;
    }

    /** The screenshot bytes in the model's format (BMP or PNG). */
    public byte[] encode(BufferedImage serviceArea) {
        String format = model.screenshotFormat().name().toLowerCase(Locale.ROOT);
        if (format.equals("bmp")) {
            return bmp(panel(serviceArea));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!javax.imageio.ImageIO.write(panel(serviceArea), format, out)) {
                throw new IllegalStateException("the JDK has no ImageIO writer for " + format + " screenshots of "
                        + model.name());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the " + model.name() + " screenshot as " + format, e);
        }
        return out.toByteArray();
    }

    /**
     * A 24-bit BMP, byte for byte what ImageIO's BMP writer makes of an INT_RGB image (bottom-up rows of blue, green,
     * red, each padded to four bytes, after a 54-byte header), written straight from the pixels: ImageIO's writer
     * was most of a virtual phone's screenshot time.
     */
    static byte[] bmp(BufferedImage panel) {
        int w = panel.getWidth();
        int h = panel.getHeight();
        int rowBytes = (w * 3 + 3) & ~3;
        int pixelBytes = rowBytes * h;
        byte[] out = new byte[54 + pixelBytes];
        out[0] = 'B';
        out[1] = 'M';
        littleEndian(out, 2, out.length);
        littleEndian(out, 10, 54);
        littleEndian(out, 14, 40);
        littleEndian(out, 18, w);
        littleEndian(out, 22, h);
        out[26] = 1;     // planes
        out[28] = 24;    // bits per pixel; compression (30) 0: BI_RGB
        littleEndian(out, 34, pixelBytes);
        // panel() draws on a fresh INT_RGB image, whose data array is its pixels row after row
        int[] pixels = panel.getType() == BufferedImage.TYPE_INT_RGB
                && panel.getRaster().getDataBuffer() instanceof DataBufferInt d && d.getOffset() == 0
                && panel.getRaster().getParent() == null && d.getData().length == w * h ? d.getData() : null;
        int[] row = pixels != null ? pixels : new int[w];
        for (int y = 0; y < h; y++) {
            if (pixels == null) {
                panel.getRGB(0, y, w, 1, row, 0, w);
            }
            int at = 54 + (h - 1 - y) * rowBytes;
            for (int x = 0, from = pixels == null ? 0 : y * w; x < w; x++, at += 3) {
                int p = row[from + x];
                out[at] = (byte) p;
                out[at + 1] = (byte) (p >> 8);
                out[at + 2] = (byte) (p >> 16);
            }
        }
        return out;
    }

    private static void littleEndian(byte[] out, int at, int value) {
        out[at] = (byte) value;
        out[at + 1] = (byte) (value >> 8);
        out[at + 2] = (byte) (value >> 16);
        out[at + 3] = (byte) (value >> 24);
    }
}
