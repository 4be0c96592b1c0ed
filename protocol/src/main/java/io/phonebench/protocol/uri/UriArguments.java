package io.phonebench.protocol.uri;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The colon-separated arguments of one internal URI, with checks that name the URI and the argument. */
final class UriArguments {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");
    private static final Pattern APPLICATION_ID = Pattern.compile("[^:\\s]{1,64}");

    private final String uri;
    private final List<String> values;

    private UriArguments(String uri, List<String> values) {
        this.uri = uri;
        this.values = values;
    }

    /** Splits everything after the scheme on every colon; empty fields are kept. */
    static UriArguments split(String uri, String arguments) {
        return new UriArguments(uri, Arrays.asList(arguments.split(":", -1)));
    }

    /** Splits into at most {@code limit} fields, so the last one may contain colons (Notify: data). */
    static UriArguments split(String uri, String arguments, int limit) {
        return new UriArguments(uri, Arrays.asList(arguments.split(":", limit)));
    }

    int count() {
        return values.size();
    }

    String get(int index) {
        return index < values.size() ? values.get(index) : "";
    }

    boolean present(int index) {
        return index < values.size() && !values.get(index).isEmpty();
    }

    UriSyntaxException fail(String expectation) {
        return new UriSyntaxException(uri, expectation);
    }

    void requireCount(int min, int max, String syntax) {
        if (values.size() < min || values.size() > max) {
            throw fail("expected " + syntax + " but found " + values.size() + " argument(s)");
        }
    }

    String required(int index, String what) {
        if (!present(index)) {
            throw fail("expected " + what + " but it is empty");
        }
        return get(index);
    }

    int integer(int index, String what, int min, int max) {
        String value = required(index, what);
        if (!value.matches("\\d{1,9}")) {
            throw fail("expected " + what + " as a number " + min + "-" + max + " but found '" + value + "'");
        }
        int n = Integer.parseInt(value);
        if (n < min || n > max) {
            throw fail("expected " + what + " in " + min + "-" + max + " but found " + n);
        }
        return n;
    }

    boolean flag(int index, String what) {
        return integer(index, what + " (0 or 1)", 0, 1) == 1;
    }

    /** Dial strings: digits 0-9, #, *, A-D and ',' (a one-second pause). */
    String digits(int index, String what, boolean pauses) {
        return checkDigits(uri, required(index, what), what, pauses);
    }

    static String checkDigits(String uri, String value, String what, boolean pauses) {
        String allowed = pauses ? "[0-9#*A-D,]+" : "[0-9#*A-D]+";
        if (value == null || !value.matches(allowed)) {
            throw new UriSyntaxException(uri, "expected " + what + " of 0-9 # * A-D" + (pauses ? " and ','" : "")
                    + " but found '" + value + "'");
        }
        return value;
    }

    String applicationId(int index) {
        return checkApplicationId(uri, required(index, "an application id"));
    }

    static String checkApplicationId(String uri, String value) {
        if (value == null || !APPLICATION_ID.matcher(value).matches()) {
            throw new UriSyntaxException(uri, "expected an application id of 1-64 characters without colons or"
                    + " spaces but found '" + value + "'");
        }
        return value;
    }

    /** An IPv4 literal or DNS name; colons separate arguments, so IPv6 literals cannot appear here. */
    String host(int index, String what) {
        String value = required(index, what);
        if (IPV4.matcher(value).matches()) {
            for (String octet : value.split("\\.")) {
                if (Integer.parseInt(octet) > 255) {
                    throw fail("expected " + what + " as an IPv4 address but octet " + octet + " exceeds 255");
                }
            }
            return value;
        }
        if (!HOST_NAME.matcher(value).matches() || value.matches("[0-9.]+")) {
            throw fail("expected " + what + " as an IPv4 address or host name but found '" + value + "'");
        }
        return value;
    }

    static boolean isMulticast(String host) {
        if (!IPV4.matcher(host).matches()) {
            return false;
        }
        int first = Integer.parseInt(host.substring(0, host.indexOf('.')));
        return first >= 224 && first <= 239;
    }
}
