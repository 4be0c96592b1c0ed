package io.phonebench.emulator.reference.http;

import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.reference.Deviation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The headers every GET of one model carries (http-interface.md, "The phone as HTTP client"). */
public final class PhoneRequestHeaders {
    /** Accept-Charset of 7905, 7912, 7940, 7960. */
    public static final String OLD_ACCEPT_CHARSET = "iso-8859-1, utf-8;q=0.8";
    /** Accept-Charset of 7911, 7941, 7961, 7970, 7971. */
    public static final String NEW_ACCEPT_CHARSET = "utf-8,iso-8859-1;q=0.8";

    private final Map<String, String> fixed = new LinkedHashMap<>();

    public PhoneRequestHeaders(PhoneModel model, Set<Deviation> deviations) {
        fixed.put("x-CiscoIPPhoneModelName", model.name());
        model.display().ifPresent(d -> fixed.put("x-CiscoIPPhoneDisplay", d.header()));
        fixed.put("x-CiscoIPPhoneSDKVersion", model.sdkVersion());
        fixed.put("Accept", String.join(", ", model.accept()));
        fixed.put("Accept-Charset", deviations.contains(Deviation.WRONG_ACCEPT_CHARSET)
                ? otherGeneration(model.acceptCharset()) : model.acceptCharset());
        fixed.put("Accept-Language", model.acceptLanguage());
    }

    /** Headers for one request, with the Cookie header when the phone holds a session for the host. */
    public Map<String, String> forRequest(Optional<String> cookie) {
        Map<String, String> headers = new LinkedHashMap<>(fixed);
        cookie.ifPresent(c -> headers.put("Cookie", c));
        return headers;
    }

    private static String otherGeneration(String acceptCharset) {
        return acceptCharset.trim().toLowerCase().startsWith("utf-8") ? OLD_ACCEPT_CHARSET : NEW_ACCEPT_CHARSET;
    }
}
