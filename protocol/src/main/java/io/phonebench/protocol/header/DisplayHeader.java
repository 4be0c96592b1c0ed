package io.phonebench.protocol.header;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code x-CiscoIPPhoneDisplay: width, height, depth, C|G}: the area available to services (not the panel), its bit
 * depth and whether it is colour (C) or greyscale (G). The 7970 sends {@code 298, 168, 12, C}.
 */
public record DisplayHeader(int width, int height, int depth, boolean colour) {
    public static final String NAME = "x-CiscoIPPhoneDisplay";
    private static final Pattern FORMAT = Pattern.compile("\\s*(\\d{1,5})\\s*,\\s*(\\d{1,5})\\s*,\\s*(\\d{1,2})\\s*,"
            + "\\s*([CG])\\s*");

    public DisplayHeader {
        if (width < 1 || height < 1 || depth < 1 || depth > 32) {
            throw new HeaderSyntaxException(NAME, width + ", " + height + ", " + depth,
                    "expected a positive width and height and a depth of 1-32 bits");
        }
    }

    public static DisplayHeader parse(String value) {
        Matcher m = FORMAT.matcher(value == null ? "" : value);
        if (!m.matches()) {
            throw new HeaderSyntaxException(NAME, value, "expected 'width, height, depth, C|G', e.g. '298, 168, 12, C'");
        }
        return new DisplayHeader(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), m.group(4).equals("C"));
    }

    public String format() {
        return width + ", " + height + ", " + depth + ", " + (colour ? "C" : "G");
    }
}
