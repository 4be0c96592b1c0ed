package io.phonebench.protocol.header;

import java.util.Comparator;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SDK version as phones write it: {@code 5.0.3}, {@code 3.3.3}, or the older {@code 3.3(4)} style, in
 * {@code x-CiscoIPPhoneSDKVersion} and in Accept {@code version=} parameters. The style is kept so that formatting
 * gives back the text that was parsed; comparison ignores it.
 */
public record SdkVersion(int major, int minor, OptionalInt maintenance, boolean parenthesised)
        implements Comparable<SdkVersion> {
    public static final String NAME = "x-CiscoIPPhoneSDKVersion";
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})(?:\\.(\\d{1,4})|\\((\\d{1,4})\\))?");
    private static final Comparator<SdkVersion> ORDER = Comparator.comparingInt(SdkVersion::major)
            .thenComparingInt(SdkVersion::minor).thenComparingInt(v -> v.maintenance.orElse(0));

    public SdkVersion {
        if (major < 0 || minor < 0 || maintenance.orElse(0) < 0 || (parenthesised && maintenance.isEmpty())) {
            throw new HeaderSyntaxException(NAME, major + "." + minor, "expected non-negative version numbers");
        }
    }

    public static SdkVersion of(int major, int minor, int maintenance) {
        return new SdkVersion(major, minor, OptionalInt.of(maintenance), false);
    }

    public static SdkVersion parse(String value) {
        Matcher m = FORMAT.matcher(value == null ? "" : value.strip());
        if (!m.matches()) {
            throw new HeaderSyntaxException(NAME, value,
                    "expected major.minor[.maintenance] or major.minor(maintenance), e.g. '5.0.3' or '3.3(4)'");
        }
        String dotted = m.group(3);
        String bracketed = m.group(4);
        OptionalInt maintenance = dotted != null ? OptionalInt.of(Integer.parseInt(dotted))
                : bracketed != null ? OptionalInt.of(Integer.parseInt(bracketed)) : OptionalInt.empty();
        return new SdkVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), maintenance,
                bracketed != null);
    }

    public String format() {
        String base = major + "." + minor;
        if (maintenance.isEmpty()) {
            return base;
        }
        return parenthesised ? base + "(" + maintenance.getAsInt() + ")" : base + "." + maintenance.getAsInt();
    }

    @Override
    public int compareTo(SdkVersion other) {
        return ORDER.compare(this, other);
    }

    public boolean atLeast(SdkVersion other) {
        return compareTo(other) >= 0;
    }
}
