package io.phonebench.protocol.header;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The identifying headers a phone sends with every GET (docs/http-interface-reference.md §1.2): what a service sees of
 * the phone.
 * The display header is optional because models without XML image support have no service display area.
 */
public record PhoneRequestHeaders(ModelNameHeader model, Optional<DisplayHeader> display, SdkVersion sdkVersion,
        AcceptHeader accept, AcceptCharsetHeader acceptCharset, AcceptLanguageHeader acceptLanguage) {

    /** Parses from HTTP headers; names are matched case-insensitively, the first value of each is used. */
    public static PhoneRequestHeaders parse(Map<String, List<String>> headers) {
        Map<String, String> first = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (name != null && values != null && !values.isEmpty()) {
                first.putIfAbsent(name, values.get(0));
            }
        });
        return new PhoneRequestHeaders(
                ModelNameHeader.parse(required(first, ModelNameHeader.NAME)),
                Optional.ofNullable(first.get(DisplayHeader.NAME)).map(DisplayHeader::parse),
                SdkVersion.parse(required(first, SdkVersion.NAME)),
                AcceptHeader.parse(required(first, AcceptHeader.NAME)),
                AcceptCharsetHeader.parse(required(first, AcceptCharsetHeader.NAME)),
                AcceptLanguageHeader.parse(required(first, AcceptLanguageHeader.NAME)));
    }

    private static String required(Map<String, String> headers, String name) {
        String value = headers.get(name);
        if (value == null) {
            throw new HeaderSyntaxException(name, "", "expected the header but the request has none (present: "
                    + headers.keySet() + ")");
        }
        return value;
    }

    /** The headers in the order a phone sends them, ready to put on a request. */
    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(ModelNameHeader.NAME, model.format());
        display.ifPresent(d -> map.put(DisplayHeader.NAME, d.format()));
        map.put(SdkVersion.NAME, sdkVersion.format());
        map.put(AcceptHeader.NAME, accept.format());
        map.put(AcceptCharsetHeader.NAME, acceptCharset.format());
        map.put(AcceptLanguageHeader.NAME, acceptLanguage.format());
        return map;
    }
}
