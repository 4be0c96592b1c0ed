package io.phonebench.bench.service;

import io.phonebench.protocol.header.DisplayHeader;
import io.phonebench.protocol.object.CipBitmap;
import io.phonebench.protocol.object.CiscoIPPhoneImage;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Serves an image the way the requesting phone can show it: colour PNG to colour displays, a CiscoIPPhoneImage with
 * packed 2-bit grey data to greyscale ones (a 7960 cannot show PNG). The phone's x-CiscoIPPhoneDisplay decides;
 * without one, an Accept that names image/png does.
 */
final class ImageNegotiation {
    private static final int CIP_DEPTH = 2;

    private ImageNegotiation() {
    }

    static boolean wantsPng(Optional<String> display, Optional<String> accept) {
        if (display.isPresent()) {
            try {
                return DisplayHeader.parse(display.get()).colour();
            } catch (RuntimeException e) {
                // an unreadable display header says nothing; fall through to Accept
            }
        }
        return accept.map(a -> a.toLowerCase(java.util.Locale.ROOT).contains("image/png")).orElse(false);
    }

    /** The image as a centred CiscoIPPhoneImage document, 0 white ... 3 black. */
    static String cip(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        int[] levels = new int[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            int luma = (299 * ((p >> 16) & 0xFF) + 587 * ((p >> 8) & 0xFF) + 114 * (p & 0xFF)) / 1000;
            levels[i] = 3 - (luma * 3 + 127) / 255;
        }
        CipBitmap bitmap = CipBitmap.pack(w, h, CIP_DEPTH, levels);
        return new CiscoIPPhoneImage(null, null, -1, -1, bitmap).toDocument();
    }
}
