package io.phonebench.emulator.reference.http;

import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.reference.Deviation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The headers every GET of one model carries (http-interface.md, "The phone as HTTP client"). */
public final class PhoneRequestHeaders {
    private final Map<String, String> fixed = new LinkedHashMap<>();
    private final Set<Deviation> deviations;

    public PhoneRequestHeaders(PhoneModel model, Set<Deviation> deviations) {
        this.deviations = Set.copyOf(deviations);
        fixed.putAll(model.requestHeaders());
        if (deviations.contains(Deviation.SHORT_MODEL_NAME)) {
            fixed.put("x-CiscoIPPhoneModelName", model.name().replaceAll("G$", ""));
        }
        if (deviations.contains(Deviation.WRONG_ACCEPT_CHARSET)) {
            fixed.put("Accept-Charset", otherGeneration(model).acceptCharset());
        }
    }

    /** Whether the firmware has this deviation (the page loader asks for the ones it acts on). */
    public boolean deviates(Deviation deviation) {
        return deviations.contains(deviation);
    }

    /** Headers for one request, with the Cookie header when the phone holds a session for the host. */
    public Map<String, String> forRequest(Optional<String> cookie) {
        Map<String, String> headers = new LinkedHashMap<>(fixed);
        cookie.ifPresent(c -> headers.put("Cookie", c));
        return headers;
    }

    /** The firmware deviation sends the other charset generation's Accept-Charset. */
    private static PhoneModel.Generation otherGeneration(PhoneModel model) {
        return model.generation() == PhoneModel.Generation.CLASSIC_OLD
                ? PhoneModel.Generation.CLASSIC_NEW : PhoneModel.Generation.CLASSIC_OLD;
    }
}
