package io.phonebench.bench.phone;

import io.phonebench.emulator.catalog.PhoneModel;
import java.util.Optional;

/** The catalog's facts about a phone's model, as tests read them (the catalog itself belongs to the reference model). */
public final class ModelSheet {
    private final PhoneModel model;

    ModelSheet(PhoneModel model) {
        this.model = model;
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
