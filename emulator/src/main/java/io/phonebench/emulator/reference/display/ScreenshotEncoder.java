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
}
