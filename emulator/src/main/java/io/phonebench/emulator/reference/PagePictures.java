package io.phonebench.emulator.reference;

import io.phonebench.emulator.reference.display.Picture;
import java.util.Map;
import java.util.Optional;

/** The decoded PNGs of a file-based object: its image (URL) and its icons by IconItem Index. */
record PagePictures(Optional<Picture> main, Map<Integer, Picture> icons) {
    static final PagePictures NONE = new PagePictures(Optional.empty(), Map.of());

    PagePictures {
        icons = Map.copyOf(icons);
    }
}
