package io.phonebench.bench.phone;

import io.phonebench.bench.screen.Mask;
import io.phonebench.emulator.catalog.PhoneModel;
import java.util.List;
import java.util.Optional;

/** The catalog's facts about a phone's model, as tests read them (the catalog itself belongs to the reference model). */
public final class ModelSheet {
    private final PhoneModel model;

    ModelSheet(PhoneModel model) {
        this.model = model;
    }

    /**
     * The panel's header band, where desk phones show the clock, date and line: the seed says x-CiscoIPPhoneDisplay
     * is the area available to services, not the panel, so the panel's extra height holds the phone's own header
     * and softkey row; the upper half of it is masked (an estimate: Cisco documents no panel layout). Models without
     * a services area mask nothing, so labs add masks for them in their own tests. A real phone's screens are
     * compared with their baselines with these masks, so a baseline recorded at 09:41 still matches at 23:05.
     */
    public static List<Mask> headerMasks(PhoneModel model) {
        int extra = model.screenshotHeight() - model.display().map(PhoneModel.DisplayArea::height).orElse(
                model.screenshotHeight());
        if (extra <= 1) {
            return List.of();
        }
        return List.of(Mask.of(0, 0, model.screenshotWidth(), extra / 2, "phone header: clock, date and line"
                + " (outside the services area)"));
    }

    /** e.g. CP-7970G */
    public String name() {
        return model.name();
    }

    /** CLASSIC_OLD, CLASSIC_NEW or CURRENT, as the catalog names the model's generation. */
    public String generation() {
        return model.generation().name();
    }

    /** Whether the model is of the current generation (the 89xx/99xx push rules). */
    public boolean currentGeneration() {
        return model.generation() == PhoneModel.Generation.CURRENT;
    }

    public int pushLimitBytes() {
        return model.pushLimitBytes();
    }

    public int rtpStreamSlots() {
        return model.rtpStreamSlots();
    }

    public int ethernetPorts() {
        return model.ethernetPorts();
    }

    public String acceptCharset() {
        return model.acceptCharset();
    }

    /** Where the catalog's value of {@code field} comes from (a Cisco document, a capture). */
    public String source(String field) {
        return model.source(field);
    }

    /** The service display area, if the model has one. */
    public Optional<DisplaySize> display() {
        return model.display().map(a -> new DisplaySize(a.width(), a.height(), a.depth(), a.colour()));
    }

    /** Pixels, bits per pixel, colour or grey: the x-CiscoIPPhoneDisplay header's four values. */
    public record DisplaySize(int width, int height, int depth, boolean colour) {
    }

    @Override
    public String toString() {
        return model.name();
    }
}
