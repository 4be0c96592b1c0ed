package io.phonebench.protocol.header;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One Accept entry: {@code type/subtype;param=value...}. For the phone's proprietary types the subtype names the
 * object without its {@code CiscoIPPhone} prefix ({@code x-CiscoIPPhone/Menu}) or is {@code *} for all objects of
 * the SDK version; {@code version=major.minor.maintenance} pins one.
 */
public record MediaRange(String type, String subtype, Map<String, String> parameters) {
    public static final String CISCO_TYPE = "x-CiscoIPPhone";
    public static final String OBJECT_PREFIX = "CiscoIPPhone";

    public MediaRange {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        if (!HeaderListItem.isToken(type) || !HeaderListItem.isToken(subtype) || (type.equals("*") && !subtype.equals("*"))) {
            throw new HeaderSyntaxException(AcceptHeader.NAME, type + "/" + subtype, "expected type/subtype");
        }
    }

    public static MediaRange ciscoObjects(Optional<SdkVersion> version) {
        return new MediaRange(CISCO_TYPE, "*", version.map(v -> Map.of("version", v.format())).orElse(Map.of()));
    }

    public static MediaRange ciscoObject(String objectName, Optional<SdkVersion> version) {
        String subtype = objectName.startsWith(OBJECT_PREFIX) ? objectName.substring(OBJECT_PREFIX.length())
                : objectName;
        return new MediaRange(CISCO_TYPE, subtype, version.map(v -> Map.of("version", v.format())).orElse(Map.of()));
    }

    public boolean isCiscoType() {
        return type.equalsIgnoreCase(CISCO_TYPE);
    }

    /** The pinned object version; absent means the phone's SDK version is implied. */
    public Optional<SdkVersion> version() {
        return Optional.ofNullable(parameters.get("version")).map(SdkVersion::parse);
    }

    /** Whether this range covers the CiscoIPPhone object of that name (e.g. {@code CiscoIPPhoneMenu}). */
    public boolean coversObject(String objectName) {
        if (!isCiscoType() || !objectName.startsWith(OBJECT_PREFIX)) {
            return false;
        }
        return subtype.equals("*") || subtype.equals(objectName.substring(OBJECT_PREFIX.length()));
    }

    /** Whether this range covers a plain media type such as {@code text/xml}, honouring {@code *} wildcards. */
    public boolean coversMediaType(String mediaType) {
        int slash = mediaType.indexOf('/');
        if (slash < 0) {
            return false;
        }
        String t = mediaType.substring(0, slash);
        String s = mediaType.substring(slash + 1);
        return (type.equals("*") || type.equalsIgnoreCase(t)) && (subtype.equals("*") || subtype.equalsIgnoreCase(s));
    }

    String format() {
        return type + "/" + subtype + parameters.entrySet().stream().map(e -> ";" + e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining());
    }
}
