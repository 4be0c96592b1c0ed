package io.phonebench.emulator.reference;

import io.phonebench.emulator.reference.display.DisplayContent.PlacedPicture;
import io.phonebench.emulator.reference.display.DisplayContent.StatusWindow;
import io.phonebench.emulator.reference.display.Picture;
import io.phonebench.protocol.object.CiscoIPPhoneStatus;
import io.phonebench.protocol.object.CiscoIPPhoneStatusFile;
import io.phonebench.protocol.object.DisplayableObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The status window's object, when it arrived and its fetched PNG (StatusFile). Its Timer counts up from its seed by
 * the phone's clock, so a test that advances a manual clock sees the timer move and nothing else.
 */
record ShownStatus(DisplayableObject object, Instant shownAt, PagePictures pictures) {

    /** The window as drawn at {@code now}; {@code shown} applies the locale's glyph rules to its text. */
    StatusWindow window(Instant now, UnaryOperator<String> shown) {
        long elapsed = Math.max(0, Duration.between(shownAt, now).getSeconds());
        if (object instanceof CiscoIPPhoneStatus s) {
            return new StatusWindow(shown.apply(s.text()), timer(s.timer(), elapsed),
                    Picture.of(s.bitmap()).map(p -> PlacedPicture.at(p, s.locationX(), s.locationY())));
        }
        CiscoIPPhoneStatusFile f = (CiscoIPPhoneStatusFile) object;
        return new StatusWindow(shown.apply(f.text()), timer(f.timer(), elapsed),
                pictures.main().map(p -> PlacedPicture.at(p, f.locationX(), f.locationY())));
    }

    private static Optional<Long> timer(Integer seed, long elapsed) {
        return seed == null ? Optional.empty() : Optional.of(seed + elapsed);
    }
}
