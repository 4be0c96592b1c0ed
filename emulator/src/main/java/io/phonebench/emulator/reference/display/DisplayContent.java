package io.phonebench.emulator.reference.display;

import io.phonebench.protocol.object.CipBitmap;
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
 * @param bitmap    a CIP image drawn into the pane (Image, GraphicMenu)
 * @param clearPane true for images: the pane is cleared and title and prompt are not drawn (xml-objects.md §2.5)
 * @param softkeys  labels by softkey slot, empty strings for unused slots, already truncated as the firmware does
 */
public record DisplayContent(String title, String prompt, List<DisplayLine> lines, int selected,
        Optional<PlacedBitmap> bitmap, boolean clearPane, List<String> softkeys) {

    public DisplayContent {
        lines = List.copyOf(lines);
        softkeys = List.copyOf(softkeys);
    }

    /** The idle screen: no service shown. */
    public static DisplayContent idle(List<String> softkeys) {
        return new DisplayContent("", "", List.of(), -1, Optional.empty(), false, softkeys);
    }

    /** A body line with an optional icon (IconMenu). */
    public record DisplayLine(String text, Optional<CipBitmap> icon) {
        public static DisplayLine of(String text) {
            return new DisplayLine(text, Optional.empty());
        }
    }

    /** A bitmap at LocationX/LocationY; -1,-1 centres it in the pane. */
    public record PlacedBitmap(CipBitmap bitmap, int x, int y) {
    }
}
