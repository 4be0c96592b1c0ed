package io.phonebench.emulator.reference;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Known ways a firmware departs from the SDK text. A firmware profile names the deviations it has; each one changes
 * exactly one behaviour of the {@link ReferencePhone} and nothing else.
 *
 * <p>Legal variations ({@link #legal()}) are different: each differs from the reference model only where the SDK
 * leaves room, so a bench judging fairly must pass a phone that has one (the false-failure guard,
 * rigs/virtual-variations.yaml).
 */
public enum Deviation {
    /** Adds every page to the URL history as if fresh, whatever its Expires header says. */
    IGNORES_EXPIRES("ignores-expires"),
    /** Sends the other generation's Accept-Charset (preference order swapped); what it decodes is unchanged. */
    WRONG_ACCEPT_CHARSET("wrong-accept-charset"),
    /** Keeps a fifth cookie per host and session where the SDK allows four. */
    KEEPS_FIFTH_COOKIE("keeps-fifth-cookie"),
    /** Shows only the first {@value #TRUNCATED_LABEL_CHARS} characters of each softkey label. */
    TRUNCATED_SOFTKEY_LABEL("truncated-softkey-label"),
    /** Keeps cookie sessions however long they sit idle: the SDK's 30-minute idle expiry never ends one. */
    IGNORES_IDLE_EXPIRY("ignores-idle-expiry"),

    // ---- legal variations: within the SDK's latitude, must pass (docs/reference-model.md) ----
    /** Runs one Execute's items last to first. Cisco: "Order of execution is not guaranteed". */
    REVERSED_EXECUTE_ORDER("reversed-execute-order", true),
    /** No space after the commas of Accept, Accept-Charset and x-CiscoIPPhoneDisplay (captured CP-7942G). */
    COMPACT_HEADERS("compact-headers", true),
    /** Accept-Language as the bare language, {@code en} (captured CP-7921G). */
    BARE_LANGUAGE_TAG("bare-language-tag", true),
    /** Accept-Language in Cisco's locale spelling, {@code en_US} (captured CP-7942G). */
    LOCALE_LANGUAGE_TAG("locale-language-tag", true),
    /** {@code x-CiscoIPPhone/*} without {@code version=}: the seed says the SDK version is then implied. */
    UNVERSIONED_ACCEPT("unversioned-accept", true),
    /** Another q-value for the second charset ({@code q=0.5}), the same order of preference. */
    OTHER_CHARSET_WEIGHT("other-charset-weight", true),
    /**
     * Other words and codes where Cisco documents none: an over-limit ExecuteItem answered Status 6, a Priority 2 URL
     * dropped while busy answered "Busy".
     */
    OTHER_ERROR_TEXTS("other-error-texts", true);

    /** Label length on firmware with {@link #TRUNCATED_SOFTKEY_LABEL}. */
    public static final int TRUNCATED_LABEL_CHARS = 4;

    private final String id;
    private final boolean legal;

    Deviation(String id) {
        this(id, false);
    }

    Deviation(String id, boolean legal) {
        this.id = id;
        this.legal = legal;
    }

    /** Whether this is a legal variation (within the SDK's latitude, must pass) rather than a deviation. */
    public boolean legal() {
        return legal;
    }

    /** The name firmware profiles and rig files use, e.g. {@code ignores-expires}. */
    public String id() {
        return id;
    }

    public static Deviation byId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(d -> d.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown firmware deviation '" + id
                        + "': expected one of " + Arrays.stream(values()).map(Deviation::id)
                        .collect(Collectors.joining(", "))));
    }

    public static Set<Deviation> byIds(Collection<String> ids) {
        EnumSet<Deviation> set = EnumSet.noneOf(Deviation.class);
        ids.forEach(i -> set.add(byId(i)));
        return set;
    }
}
