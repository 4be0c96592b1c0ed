package io.phonebench.protocol.header;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** One comma-separated element of a list header, {@code value;name=value;...}, parameters in order. */
record HeaderListItem(String value, Map<String, String> parameters) {
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    HeaderListItem {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Splits a list header; refuses empty elements and parameters that are not {@code token=token}. */
    static List<HeaderListItem> parseList(String header, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new HeaderSyntaxException(header, String.valueOf(raw), "expected at least one value");
        }
        List<HeaderListItem> elements = new ArrayList<>();
        for (String part : raw.split(",", -1)) {
            String[] pieces = part.split(";", -1);
            String value = pieces[0].strip();
            if (value.isEmpty()) {
                throw new HeaderSyntaxException(header, raw, "expected comma-separated values but found an empty one");
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 1; i < pieces.length; i++) {
                String[] nameValue = pieces[i].strip().split("=", 2);
                if (nameValue.length != 2 || !TOKEN.matcher(nameValue[0].strip()).matches()
                        || !TOKEN.matcher(nameValue[1].strip()).matches()) {
                    throw new HeaderSyntaxException(header, raw, "expected a parameter 'name=value' after ';' in '"
                            + part.strip() + "'");
                }
                params.put(nameValue[0].strip(), nameValue[1].strip());
            }
            elements.add(new HeaderListItem(value, params));
        }
        return elements;
    }

    /** Whether the list's first separator is {@code ", "} (old phones) rather than {@code ","} (newer ones). */
    static boolean spaced(String raw) {
        int comma = raw.indexOf(',');
        return comma < 0 || (comma + 1 < raw.length() && raw.charAt(comma + 1) == ' ');
    }

    static boolean isToken(String s) {
        return TOKEN.matcher(s).matches();
    }
}
