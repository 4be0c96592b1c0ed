package io.phonebench.bench.screen;

import java.awt.image.BufferedImage;

/** Whether a screenshot holds any colour; a greyscale model's screenshot must not. */
public final class ScreenMode {
    private ScreenMode() {
    }

    public static boolean hasColour(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int p : row) {
                int r = (p >> 16) & 0xFF;
                int g = (p >> 8) & 0xFF;
                int b = p & 0xFF;
                if (r != g || g != b) {
                    return true;
                }
            }
        }
        return false;
    }
}
