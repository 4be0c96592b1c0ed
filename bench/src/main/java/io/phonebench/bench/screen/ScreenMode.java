package io.phonebench.bench.screen;

import java.awt.image.BufferedImage;

/** Whether a screenshot holds any colour; a greyscale model's screenshot must not. */
public final class ScreenMode {
    private ScreenMode() {
    }

    /** By content, read on the image's own raster: a grey colour model or palette answers at once. */
    public static boolean hasColour(BufferedImage image) {
        return !PixelRows.of(image).grey();
    }
}
