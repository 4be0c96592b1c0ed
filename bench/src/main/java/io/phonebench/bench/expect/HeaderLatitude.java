package io.phonebench.bench.expect;

import io.phonebench.protocol.header.AcceptCharsetHeader;
import io.phonebench.protocol.header.AcceptHeader;
import io.phonebench.protocol.header.AcceptLanguageHeader;
import io.phonebench.protocol.header.DisplayHeader;
import io.phonebench.protocol.header.HeaderSyntaxException;
import io.phonebench.protocol.header.MediaRange;
import io.phonebench.protocol.header.QualityItem;
import io.phonebench.protocol.header.SdkVersion;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The room the SDK leaves in how a phone spells its request headers. The seed ("Cisco Unified IP Phone Services
 * Application Development Notes", chapter on the HTTP interface) gives each header "similar to" an example; real
 * phones differ in spacing, q-values and tag spelling while meaning the same thing. Each latitude is named here with
 * its source, and a judge that compares headers compares them through {@link #sameMeaning}, so two spellings with one
 * meaning pass and a different meaning fails. docs/reference-model.md lists them in prose.
 */
public enum HeaderLatitude {
    /**
     * List headers are {@code #element} lists: optional whitespace around commas and semicolons carries nothing
     * (RFC 9110 §5.6.1). Captured: CP-7942G {@code x-CiscoIPPhone/*, text/*,image/png,*&#47;*}.
     */
    LIST_SPACING("whitespace around ',' and ';' is insignificant", "RFC 9110 §5.6.1"),
    /**
     * Media ranges of equal weight state no preference by their order (RFC 9110 §12.5.1), and media types compare
     * case-insensitively (RFC 9110 §8.3.1), so Accept is compared as a set of ranges.
     */
    MEDIA_RANGE_ORDER("Accept ranges compared as a set; type names case-insensitive", "RFC 9110 §12.5.1, §8.3.1"),
    /**
     * Seed: "Without a version, the SDK version is implied", so {@code x-CiscoIPPhone/*} and
     * {@code x-CiscoIPPhone/*;version=6.0.2} mean the same from a phone whose x-CiscoIPPhoneSDKVersion is 6.0.2.
     */
    CISCO_VERSION_IMPLIED("x-CiscoIPPhone range without version= means the phone's SDK version",
            "seed, HTTP interface chapter, Accept"),
    /**
     * Seed: Accept-Charset is "similar to" {@code iso-8859-1, utf-8;q=0.8} (old) or {@code utf-8,iso-8859-1;q=0.8}
     * (new). What a server may rely on is which charsets are acceptable and in which order of preference; the exact
     * q-value and the charset name's case (RFC 9110 §8.3.2) or alias vary by firmware.
     */
    CHARSET_PREFERENCE("Accept-Charset compared as charsets by preference; q-values, case and aliases vary",
            "seed, HTTP interface chapter, Accept-Charset; RFC 9110 §12.5.2"),
    /**
     * Seed: Accept-Language comes "from the user locale, e.g. en-US". Cisco writes locales as {@code en_US}; captured
     * phones send {@code en_US} (CP-7942G) and {@code en} (CP-7921G). Tags compare case-insensitively (RFC 5646
     * §2.1.1), {@code _} and {@code -} separate subtags alike, and a region named on one side only does not
     * contradict the other: {@code en} and {@code en-US} both say English, {@code en-GB} and {@code en-US} differ.
     */
    LANGUAGE_TAG_SPELLING("en, en-US and en_US name the same locale; regions differ only when both name one",
            "seed, HTTP interface chapter, Accept-Language; RFC 5646 §2.1.1"),
    /**
     * Seed: x-CiscoIPPhoneDisplay is {@code width, height, depth, C|G}; the 7970 example has spaces, a captured
     * CP-7942G sends {@code 298,144,3,G}. The four values are compared, not their spacing.
     */
    DISPLAY_TUPLE_SPACING("x-CiscoIPPhoneDisplay compared as (width, height, depth, C|G)",
            "seed, HTTP interface chapter, x-CiscoIPPhoneDisplay"),
    /** Seed: the SDK version is written {@code 3.3(4)} as well as {@code 5.0.x}; both spell one version. */
    SDK_VERSION_SPELLING("3.3(4) and 3.3.4 are one SDK version", "seed, HTTP interface chapter, x-CiscoIPPhoneSDKVersion"),
    /**
     * The seed says nothing of the order of cookies in the Cookie header; RFC 6265 §5.4 says servers "SHOULD NOT rely
     * upon the serialization order", so the pairs are compared as a set.
     */
    COOKIE_ORDER("Cookie pairs compared as a set", "RFC 6265 §5.4; Cisco documents no order");

    private final String rule;
    private final String source;

    HeaderLatitude(String rule, String source) {
        this.rule = rule;
        this.source = source;
    }

    public String rule() {
        return rule;
    }

    public String source() {
        return source;
    }

    /** "NAME: rule (source)", for evidence. */
    public String describe() {
        return name() + ": " + rule + " (" + source + ")";
    }

    /** The latitudes a judge of {@code header} allows, in the order above; none for headers compared exactly. */
    public static Set<HeaderLatitude> of(String header) {
        return switch (header.toLowerCase(Locale.ROOT)) {
            case "accept" -> EnumSet.of(LIST_SPACING, MEDIA_RANGE_ORDER, CISCO_VERSION_IMPLIED);
            case "accept-charset" -> EnumSet.of(LIST_SPACING, CHARSET_PREFERENCE);
            case "accept-language" -> EnumSet.of(LIST_SPACING, LANGUAGE_TAG_SPELLING);
            case "x-ciscoipphonedisplay" -> EnumSet.of(DISPLAY_TUPLE_SPACING);
            case "x-ciscoipphonesdkversion" -> EnumSet.of(SDK_VERSION_SPELLING);
            case "cookie" -> EnumSet.of(COOKIE_ORDER);
            default -> EnumSet.noneOf(HeaderLatitude.class);
        };
    }

    /**
     * Whether {@code sent} means what {@code expected} means for this header, within the latitudes of
     * {@link #of(String)}. Both absent is the same; one absent is not. A sent value that does not parse differs.
     *
     * @param sdkVersion the phone's x-CiscoIPPhoneSDKVersion, which a Cisco range without version= implies
     */
    public static boolean sameMeaning(String header, String expected, String sent, Optional<String> sdkVersion) {
        if (expected == null || sent == null) {
            return expected == null && sent == null;
        }
        if (expected.equals(sent)) {
            return true;
        }
        try {
            return switch (header.toLowerCase(Locale.ROOT)) {
                case "accept" -> acceptRanges(expected, sdkVersion).equals(acceptRanges(sent, sdkVersion));
                case "accept-charset" -> charsetPreference(expected).equals(charsetPreference(sent));
                case "accept-language" -> sameLanguages(expected, sent);
                case "x-ciscoipphonedisplay" -> DisplayHeader.parse(expected).equals(DisplayHeader.parse(sent));
                case "x-ciscoipphonesdkversion" -> SdkVersion.parse(expected).compareTo(SdkVersion.parse(sent)) == 0;
                case "cookie" -> cookiePairs(expected).equals(cookiePairs(sent));
                default -> false;
            };
        } catch (IllegalArgumentException e) {
            // HeaderSyntaxException included: a value that does not parse means nothing the SDK defines
            return false;
        }
    }

    /** Each range as "type/subtype;param=value..." with case, spacing, an implied version and q=1 normalised. */
    private static Set<String> acceptRanges(String value, Optional<String> sdkVersion) {
        Optional<SdkVersion> sdk = sdkVersion.flatMap(v -> {
            try {
                return Optional.of(SdkVersion.parse(v));
            } catch (HeaderSyntaxException e) {
                return Optional.empty();
            }
        });
        Set<String> ranges = new TreeSet<>();
        for (MediaRange r : AcceptHeader.parse(value).ranges()) {
            Map<String, String> params = new TreeMap<>();
            r.parameters().forEach((k, v) -> params.put(k.toLowerCase(Locale.ROOT), v));
            if (r.isCiscoType() && params.containsKey("version") && sdk.isPresent()
                    && SdkVersion.parse(params.get("version")).compareTo(sdk.get()) == 0) {
                params.remove("version");
            }
            if (params.containsKey("q") && new BigDecimal(params.get("q")).compareTo(BigDecimal.ONE) == 0) {
                params.remove("q");
            }
            ranges.add((r.type() + "/" + r.subtype()).toLowerCase(Locale.ROOT) + params.entrySet().stream()
                    .map(e -> ";" + e.getKey() + "=" + e.getValue()).collect(Collectors.joining()));
        }
        return ranges;
    }

    /** Acceptable charsets grouped by weight, most preferred group first; then the refused ones (q=0). */
    private static List<Set<String>> charsetPreference(String value) {
        return byPreference(AcceptCharsetHeader.parse(value).charsets(), HeaderLatitude::canonicalCharset);
    }

    private static List<Set<String>> byPreference(List<QualityItem> items, Function<String, String> canonical) {
        Map<BigDecimal, Set<String>> groups = new TreeMap<>(Comparator.reverseOrder());
        for (QualityItem item : items) {
            groups.computeIfAbsent(item.weight().stripTrailingZeros(), w -> new TreeSet<>())
                    .add(canonical.apply(item.value()));
        }
        return new ArrayList<>(groups.values());
    }

    private static String canonicalCharset(String name) {
        try {
            return Charset.isSupported(name) ? Charset.forName(name).name() : name.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return name.toLowerCase(Locale.ROOT);
        }
    }

    private static boolean sameLanguages(String expected, String sent) {
        List<Set<String>> want = byPreference(AcceptLanguageHeader.parse(expected).languages(),
                t -> t.toLowerCase(Locale.ROOT).replace('_', '-'));
        List<Set<String>> got = byPreference(AcceptLanguageHeader.parse(sent).languages(),
                t -> t.toLowerCase(Locale.ROOT).replace('_', '-'));
        if (want.size() != got.size()) {
            return false;
        }
        for (int i = 0; i < want.size(); i++) {
            if (!sameTags(want.get(i), got.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Each tag on one side has a tag of the same language, and the same region where both name one, on the other. */
    private static boolean sameTags(Set<String> a, Set<String> b) {
        return a.size() == b.size() && a.stream().allMatch(x -> b.stream().anyMatch(y -> sameTag(x, y)))
                && b.stream().allMatch(y -> a.stream().anyMatch(x -> sameTag(x, y)));
    }

    private static boolean sameTag(String a, String b) {
        String[] x = a.split("-");
        String[] y = b.split("-");
        if (!x[0].equals(y[0])) {
            return false;
        }
        return x.length == 1 || y.length == 1 || Arrays.equals(x, y);
    }

    private static Set<String> cookiePairs(String value) {
        return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** "'value'" or "(absent)". */
    static String quote(String value) {
        return value == null ? "(absent)" : "'" + value + "'";
    }

    /** The latitudes of {@code header} for evidence, one per line; "compared exactly" when there are none. */
    static String allowed(String header) {
        Set<HeaderLatitude> latitudes = of(header);
        return latitudes.isEmpty() ? header + ": compared exactly"
                : latitudes.stream().map(l -> header + ": " + l.describe()).collect(Collectors.joining("\n"));
    }
}
