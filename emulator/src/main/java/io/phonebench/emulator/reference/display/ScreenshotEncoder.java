package io.phonebench.emulator.reference.display;

import io.phonebench.emulator.catalog.PhoneModel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
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
        if (model.screenshotFormat() == PhoneModel.ScreenshotFormat.BMP) {
            return bmp(panel(serviceArea));
        }
        String format = model.screenshotFormat().name().toLowerCase(Locale.ROOT);
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
     * A 24-bit uncompressed bottom-up BMP, byte for byte what ImageIO's BMP writer makes of a TYPE_INT_RGB image,
     * written straight from the pixel ints: ImageIO copied the raster twice and went through the sample model per
     * row, and every screenshot of every virtual phone is encoded here.
     */
    static byte[] bmp(BufferedImage rgb) {
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        int stride = (w * 3 + 3) & ~3;
        int imageBytes = stride * h;
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(54 + imageBytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        out.put((byte) 'B').put((byte) 'M').putInt(54 + imageBytes).putInt(0).putInt(54);     // file header
        out.putInt(40).putInt(w).putInt(h).putShort((short) 1).putShort((short) 24).putInt(0) // BITMAPINFOHEADER
                .putInt(imageBytes).putInt(0).putInt(0).putInt(0).putInt(0);
        int[] pixels = rgb.getType() == BufferedImage.TYPE_INT_RGB
                ? ((java.awt.image.DataBufferInt) rgb.getRaster().getDataBuffer()).getData()
                : rgb.getRGB(0, 0, w, h, null, 0, w);
        byte[] bytes = out.array();
        for (int y = h - 1; y >= 0; y--) {
            int at = out.position();
            for (int x = 0, i = y * w; x < w; x++, i++) {
                int p = pixels[i];
                bytes[at++] = (byte) p;
                bytes[at++] = (byte) (p >> 8);
                bytes[at++] = (byte) (p >> 16);
            }
            out.position(out.position() + stride);
        }
        return bytes;
    }
}
