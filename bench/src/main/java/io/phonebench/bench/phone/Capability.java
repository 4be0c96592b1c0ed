package io.phonebench.bench.phone;

import io.phonebench.emulator.catalog.PhoneModel;

/** What a test may require of a phone; a phone without it does not run the test, and the report says why. */
public enum Capability {
    /** Shows XML images (CiscoIPPhoneImage, GraphicMenu…): the model has a service display area. */
    IMAGES("has no service display area for XML images"),
    /** Colour display area: colour PNG instead of grey CIP. */
    COLOUR("has a greyscale display"),
    /** 79xx-era firmware: 512-byte push limit, SDK 3.x-5.x header rules. */
    CLASSIC_FIRMWARE("is a current-generation phone (40 KB pushes)"),
    /** Current generation firmware (78xx/88xx). */
    CURRENT_FIRMWARE("is a 79xx-era phone"),
    /** Application window closes clear the cookie session. */
    SESSION_CLEARS_ON_CLOSE("keeps cookie sessions when the application closes"),
    /** Application window closes keep the cookie session (the models the seed does not list as clearing it). */
    SESSION_KEPT_ON_CLOSE("clears cookie sessions when the application closes"),
    /** Cisco lists the model as showing CiscoIPPhoneStatus (the catalog's statusObject, with its source). */
    STATUS_OBJECT("is not listed by Cisco as showing CiscoIPPhoneStatus"),
    /** Cisco lists the model as not showing CiscoIPPhoneStatus. */
    NO_STATUS_OBJECT("is not listed by Cisco as lacking CiscoIPPhoneStatus"),
    /** RTP stream slots in StreamingStatisticsX. */
    RTP("has no RTP stream slots"),
    /** A power switch in the rig. */
    POWER("has no power switch in the rig"),
    /** A serial console in the rig. */
    CONSOLE("has no console in the rig"),
    /** The phone's clock can be moved forward with its reference model's (virtual phones only). */
    DRIVABLE_CLOCK("is a real phone: its clock cannot be driven");

    private final String missingReason;

    Capability(String missingReason) {
        this.missingReason = missingReason;
    }

    /** Why a phone lacks it, for the skip reason: "desk-7960 (CP-7960G) has a greyscale display". */
    public String missingReason() {
        return missingReason;
    }

    /** Model-level capabilities; rig-level ones (power, console, drivable clock) are answered by {@link Phone#has}. */
    static boolean modelHas(PhoneModel model, Capability capability) {
        return switch (capability) {
            case IMAGES -> model.display().isPresent();
            case COLOUR -> model.display().map(PhoneModel.DisplayArea::colour).orElse(false);
            case CLASSIC_FIRMWARE -> model.generation() != PhoneModel.Generation.CURRENT;
            case CURRENT_FIRMWARE -> model.generation() == PhoneModel.Generation.CURRENT;
            case SESSION_CLEARS_ON_CLOSE -> model.clearsSessionOnClose();
            case SESSION_KEPT_ON_CLOSE -> !model.clearsSessionOnClose();
            case STATUS_OBJECT -> model.statusObject() == PhoneModel.StatusObject.SUPPORTED;
            case NO_STATUS_OBJECT -> model.statusObject() == PhoneModel.StatusObject.UNSUPPORTED;
            case RTP -> model.rtpStreamSlots() > 0;
            case POWER, CONSOLE, DRIVABLE_CLOCK -> true;
        };
    }
}
