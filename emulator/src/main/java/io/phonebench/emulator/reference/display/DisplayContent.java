package io.phonebench.emulator.reference.display;

import java.util.List;
import java.util.Optional;

/**
 * What the service area shows, already laid out in the phone's terms and free of XML: the renderer draws exactly
 * this, so the same content always gives the same pixels.
 *
 * @param title     title line (empty: none)
 * @param prompt    prompt line above the softkeys (empty: cleared)
 * @param lines     body lines: menu items, text, input fields, directory rows
 * @param selected  index into {@code lines} of the highlighted row, or -1
 * @param firstLine index of the first body line shown when nothing is selected (a scrolled Text), 0 otherwise
 * @param picture   an image drawn into the pane (Image, GraphicMenu as CIP; ImageFile, GraphicFileMenu as PNG)
 * @param clearPane true for CIP images: the pane is cleared and title and prompt are not drawn
 *                  (docs/xml-object-reference.md §2.5)
 * @param status    the status window (CiscoIPPhoneStatus/StatusFile), drawn over the bottom of the body
 * @param softkeys  labels by softkey slot, empty strings for unused slots, already truncated as the firmware does
 */
public record DisplayContent(String title, String prompt, List<DisplayLine> lines, int selected, int firstLine,
        Optional<PlacedPicture> picture, boolean clearPane, Optional<StatusWindow> status, List<String> softkeys) {

    public DisplayContent {
        lines = List.copyOf(lines);
        softkeys = List.copyOf(softkeys);
    }

    /** The idle screen: no service shown, perhaps a status window. */
    public static DisplayContent idle(Optional<StatusWindow> status, List<String> softkeys) {
        return new DisplayContent("", "", List.of(), -1, 0, Optional.empty(), false, status, softkeys);
    }

    /** A body line with an optional icon (IconMenu, IconFileMenu). */
    public record DisplayLine(String text, Optional<Picture> icon) {
        public static DisplayLine of(String text) {
            return new DisplayLine(text, Optional.empty());
        }
    }

    /** A picture at LocationX/LocationY of the pane; -1 on an axis centres it on that axis. */
    public record PlacedPicture(Picture picture, int x, int y) {
        /** LocationX/LocationY as the object gives them; absent means centred. */
        public static PlacedPicture at(Picture picture, Integer x, Integer y) {
            return new PlacedPicture(picture, x == null ? -1 : x, y == null ? -1 : y);
        }
    }

    /**
     * The status window: one text line, a free-running timer (seconds since it was seeded, already advanced) and a
     * picture placed inside the window at LocationX/LocationY (-1 centres).
     */
    public record StatusWindow(String text, Optional<Long> timerSeconds, Optional<PlacedPicture> picture) {
    }
}
