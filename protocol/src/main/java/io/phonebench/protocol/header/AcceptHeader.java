package io.phonebench.protocol.header;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The phone's {@code Accept} header: proprietary {@code x-CiscoIPPhone/*} or per-object {@code x-CiscoIPPhone/Menu}
 * entries, optionally with {@code ;version=3.3.4}, next to ordinary media ranges.
 */
public record AcceptHeader(List<MediaRange> ranges, boolean spaced) {
    public static final String NAME = "Accept";

    public AcceptHeader {
        ranges = List.copyOf(ranges);
        if (ranges.isEmpty()) {
            throw new HeaderSyntaxException(NAME, "", "expected at least one media range");
        }
    }

    public static AcceptHeader parse(String value) {
        List<MediaRange> ranges = HeaderListItem.parseList(NAME, value).stream().map(e -> {
            String[] typeSubtype = e.value().split("/", -1);
            if (typeSubtype.length != 2 || typeSubtype[0].isEmpty() || typeSubtype[1].isEmpty()) {
                throw new HeaderSyntaxException(NAME, value, "expected type/subtype but found '" + e.value() + "'");
            }
            MediaRange range;
            try {
                range = new MediaRange(typeSubtype[0], typeSubtype[1], e.parameters());
            } catch (HeaderSyntaxException bad) {
                throw new HeaderSyntaxException(NAME, value, "expected type/subtype but found '" + e.value() + "'");
            }
            if (range.isCiscoType() && e.parameters().containsKey("version")) {
                try {
                    range.version();
                } catch (HeaderSyntaxException bad) {
                    throw new HeaderSyntaxException(NAME, value, "expected version=major.minor.maintenance in '"
                            + range.format() + "'");
                }
            }
            return range;
        }).toList();
        return new AcceptHeader(ranges, HeaderListItem.spaced(value));
    }

    public String format() {
        return ranges.stream().map(MediaRange::format).collect(Collectors.joining(spaced ? ", " : ","));
    }

    /** Whether the phone declares it can take that object, e.g. {@code acceptsObject("CiscoIPPhoneMenu")}. */
    public boolean acceptsObject(String objectName) {
        return rangeFor(objectName).isPresent();
    }

    /**
     * The object version the phone accepts: a per-object range wins over {@code x-CiscoIPPhone/*}; a range without
     * {@code version} implies the phone's SDK version.
     */
    public Optional<SdkVersion> objectVersion(String objectName, SdkVersion phoneSdk) {
        return rangeFor(objectName).map(r -> r.version().orElse(phoneSdk));
    }

    public boolean acceptsMediaType(String mediaType) {
        return ranges.stream().anyMatch(r -> !r.isCiscoType() && r.coversMediaType(mediaType)
                && !"0".equals(r.parameters().get("q")));
    }

    private Optional<MediaRange> rangeFor(String objectName) {
        return ranges.stream().filter(r -> r.coversObject(objectName) && !r.subtype().equals("*")).findFirst()
                .or(() -> ranges.stream().filter(r -> r.coversObject(objectName)).findFirst());
    }
}
