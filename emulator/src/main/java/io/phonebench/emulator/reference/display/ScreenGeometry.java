package io.phonebench.emulator.reference.display;

import io.phonebench.emulator.catalog.PhoneModel;

/**
 * The pixel surface services draw on: the model's x-CiscoIPPhoneDisplay area. Models without an XML image area
 * (7905, 7912) still show text services; they get a 1-bit area of their screenshot size.
 */
public record ScreenGeometry(int width, int height, int depth, boolean colour) {

    public static ScreenGeometry of(PhoneModel model) {
        return model.display()
                .map(d -> new ScreenGeometry(d.width(), d.height(), d.depth(), d.colour()))
                .orElseGet(() -> new ScreenGeometry(model.screenshotWidth(), model.screenshotHeight(), 1, false));
    }

    /** Distinct grey levels of a greyscale area: 2^depth (2 bits: 4 levels). */
    public int greyLevels() {
        return 1 << Math.min(depth, 8);
    }
}
