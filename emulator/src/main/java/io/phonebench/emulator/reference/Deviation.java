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
    IGNORES_IDLE_EXPIRY("ignores-idle-expiry");

    /** Label length on firmware with {@link #TRUNCATED_SOFTKEY_LABEL}. */
    public static final int TRUNCATED_LABEL_CHARS = 4;

    private final String id;

    Deviation(String id) {
        this.id = id;
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
