package io.phonebench.emulator.reference.http;

import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.deviation.Deviation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The headers every GET of one model carries (docs/http-interface-reference.md §1, "The phone as HTTP client"). */
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
        legalVariations(model, deviations);
    }

    /** Spellings the SDK leaves open (docs/reference-model.md): the meaning of each header stays the same. */
    private void legalVariations(PhoneModel model, Set<Deviation> deviations) {
        if (deviations.contains(Deviation.UNVERSIONED_ACCEPT)) {
            fixed.computeIfPresent("Accept", (k, v) -> v.replace(";version=" + model.sdkVersion(), ""));
        }
        if (deviations.contains(Deviation.OTHER_CHARSET_WEIGHT)) {
            fixed.computeIfPresent("Accept-Charset", (k, v) -> v.replace("q=0.8", "q=0.5"));
        }
        if (deviations.contains(Deviation.BARE_LANGUAGE_TAG)) {
            fixed.computeIfPresent("Accept-Language", (k, v) -> v.split("[-_]")[0]);
        }
        if (deviations.contains(Deviation.LOCALE_LANGUAGE_TAG)) {
            fixed.computeIfPresent("Accept-Language", (k, v) -> v.replace('-', '_'));
        }
        if (deviations.contains(Deviation.COMPACT_HEADERS)) {
            for (String name : new String[] {"Accept", "Accept-Charset", "Accept-Language", "x-CiscoIPPhoneDisplay"}) {
                fixed.computeIfPresent(name, (k, v) -> v.replaceAll("\\s*,\\s*", ","));
            }
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
