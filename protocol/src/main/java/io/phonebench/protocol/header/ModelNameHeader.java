package io.phonebench.protocol.header;

import java.util.regex.Pattern;

/**
 * {@code x-CiscoIPPhoneModelName}: the manufacturing model name, e.g. {@code CP-7970G}, {@code DP-9841}. Services
 * branch on it (e.g. on the {@code CP-79} prefix), so it is kept exactly as sent.
 */
public record ModelNameHeader(String model) {
    public static final String NAME = "x-CiscoIPPhoneModelName";
    /** Printable ASCII, at most 32 characters (the getDeviceCaps modelNumber limit). */
    private static final Pattern FORMAT = Pattern.compile("[!-~]([ -~]{0,30}[!-~])?");

    public ModelNameHeader {
        if (model == null || !FORMAT.matcher(model).matches()) {
            throw new HeaderSyntaxException(NAME, String.valueOf(model),
                    "expected a model name of 1-32 printable ASCII characters, e.g. 'CP-7970G'");
        }
    }

    public static ModelNameHeader parse(String value) {
        return new ModelNameHeader(value);
    }

    public String format() {
        return model;
    }

    /** Whether this is a 79xx-era model ({@code CP-79..}), whose services need the classic object set. */
    public boolean isClassic79xx() {
        return model.startsWith("CP-79");
    }
}
