package io.phonebench.emulator.deviation;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Known ways a firmware departs from the SDK text. A firmware profile names the deviations it has; each one changes
 * exactly one behaviour of the reference model (or, for the push endpoint's rules, of the virtual phone's HTTP face)
 * and nothing else. The rule each one breaks, its source and the test that must catch it are listed in the
 * bench's deviation catalogue and in docs/deviations.md.
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
    /** Judges Expires again at Exit: a page fresh when it loaded but expired since is skipped. */
    JUDGES_EXPIRES_AT_EXIT("judges-expires-at-exit"),
    /** Keeps a cookie longer than the SDK's 255 bytes. */
    KEEPS_OVERSIZED_COOKIE("keeps-oversized-cookie"),
    /** With all 8 sessions in use, a new host takes the session used most recently instead of the idlest one. */
    EVICTS_NEWEST_SESSION("evicts-newest-session"),
    /** Keeps the cookie session when the application closes, on a model whose SDK text says it is cleared. */
    KEEPS_SESSION_ON_CLOSE("keeps-session-on-close"),
    /** Clears the cookie session when the application closes, on a model whose SDK text says it is kept. */
    CLEARS_SESSION_ON_CLOSE("clears-session-on-close"),
    /** The Dial softkey of a CiscoIPPhoneDirectory dials the first entry whatever is highlighted. */
    DIALS_FIRST_ENTRY("dials-first-entry"),
    /** Shows what is typed into a password InputItem (InputFlags with P) in clear instead of masked. */
    SHOWS_PASSWORD_IN_CLEAR("shows-password-in-clear"),
    /** Plays audio/basic clips longer than 5 s instead of refusing them. */
    PLAYS_LONG_AUDIO("plays-long-audio"),
    /** Resolves relative URLs against the server root instead of the URL of the page that holds them. */
    RESOLVES_FROM_SERVER_ROOT("resolves-from-server-root"),
    /** Does nothing for Init:AppStatus: the Status object stays. */
    IGNORES_INIT_APPSTATUS("ignores-init-appstatus"),
    /** A page's Refresh timer keeps running after the user navigated to another page. */
    KEEPS_REFRESH_AFTER_LEAVING("keeps-refresh-after-leaving"),
    /** Refresh with a URL reloads the current page instead of fetching the URL. */
    IGNORES_REFRESH_URL("ignores-refresh-url"),
    /** Refresh without a URL does nothing instead of reloading the current page. */
    IGNORES_REFRESH_WITHOUT_URL("ignores-refresh-without-url"),
    /** The Update softkey does nothing. */
    IGNORES_UPDATE_SOFTKEY("ignores-update-softkey"),
    /** An Execute's Priority 1 URL is fetched at once while the phone is busy instead of when it is idle. */
    RUNS_PRIORITY_ONE_AT_ONCE("runs-priority-one-at-once"),
    /** An Execute's Priority 2 URL is fetched while the phone is busy instead of being dropped. */
    RUNS_PRIORITY_TWO_WHEN_BUSY("runs-priority-two-when-busy"),
    /** Select chooses the item below the highlighted one. */
    SELECTS_NEXT_ITEM("selects-next-item"),
    /** Submits Input values without their QueryStringParam names. */
    SUBMITS_VALUES_WITHOUT_NAMES("submits-values-without-names"),
    /** Refuses text/plain answers instead of showing them as text. */
    REFUSES_PLAIN_TEXT("refuses-plain-text"),
    /** An old-generation model draws characters outside its locale's encoding instead of replacing them. */
    SHOWS_GLYPHS_OUTSIDE_LOCALE("shows-glyphs-outside-locale"),
    /** Reads a body without a declared charset as UTF-8 instead of the user locale's default encoding. */
    READS_MISSING_CHARSET_AS_UTF8("reads-missing-charset-as-utf8"),
    /** Decodes XML by its declaration's encoding even when the Content-Type charset says otherwise. */
    PREFERS_XML_DECLARATION("prefers-xml-declaration"),
    /** Sends x-CiscoIPPhoneModelName without the model's suffix (CP-7960 for CP-7960G). */
    SHORT_MODEL_NAME("short-model-name"),
    /** Accepts a push whose basic-authentication password is wrong. */
    ACCEPTS_WRONG_PASSWORD("accepts-wrong-password"),
    /** Accepts a push that carries no credentials at all. */
    ACCEPTS_PUSH_WITHOUT_CREDENTIALS("accepts-push-without-credentials"),
    /** Accepts a pushed object over the model's push limit. */
    IGNORES_PUSH_LIMIT("ignores-push-limit"),
    /** Takes any answer of the Authentication URL that starts with AUTHORIZED, extra text and all. */
    ACCEPTS_AUTHORIZED_WITH_EXTRA_TEXT("accepts-authorized-with-extra-text"),
    /** Lets a push through when the Authentication URL does not answer (fails open). */
    AUTHORIZES_WHEN_UNREACHABLE("authorizes-when-unreachable"),
    /** Answers /cgi/execute as if it were /CGI/Execute. */
    CASE_INSENSITIVE_EXECUTE_PATH("case-insensitive-execute-path"),
    /** Takes the pushed object from a form field named xml as well as XML. */
    CASE_INSENSITIVE_XML_FIELD("case-insensitive-xml-field"),

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
    OTHER_ERROR_TEXTS("other-error-texts", true),
    /**
     * Answers pushes and XML device pages as {@code text/xml} without a charset parameter, the body UTF-8 (its XML
     * declaration, where it has one, says so). Phones' answers are documented as {@code text/xml}, and a body without
     * a charset is read by its XML declaration, else as UTF-8 (RFC 7303 section 3.2; XML 1.0 section 4.3.3).
     */
    XML_WITHOUT_CHARSET("text-xml-without-charset", true);

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
