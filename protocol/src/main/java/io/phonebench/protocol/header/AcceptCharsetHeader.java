package io.phonebench.protocol.header;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code Accept-Charset}: old models send {@code iso-8859-1, utf-8;q=0.8}, newer ones {@code utf-8,iso-8859-1;q=0.8}.
 * A response's declared charset must be one of these. Names compare through Java's charset aliases, so
 * {@code ISO-8859-1}, {@code iso-8859-1} and {@code latin1} are the same charset.
 *
 * @param spaced whether values are separated by {@code ", "} rather than {@code ","}, so the header formats back as sent
 */
public record AcceptCharsetHeader(List<QualityItem> charsets, boolean spaced) {
    public static final String NAME = "Accept-Charset";

    public AcceptCharsetHeader {
        charsets = List.copyOf(charsets);
        if (charsets.isEmpty()) {
            throw new HeaderSyntaxException(NAME, "", "expected at least one charset");
        }
    }

    public static AcceptCharsetHeader parse(String value) {
        List<QualityItem> items = HeaderListItem.parseList(NAME, value).stream().map(e -> {
            if (!e.value().equals("*") && !HeaderListItem.isToken(e.value())) {
                throw new HeaderSyntaxException(NAME, value, "expected a charset name but found '" + e.value() + "'");
            }
            return QualityItem.from(NAME, value, e);
        }).toList();
        return new AcceptCharsetHeader(items, HeaderListItem.spaced(value));
    }

    public String format() {
        return charsets.stream().map(QualityItem::format).collect(Collectors.joining(spaced ? ", " : ","));
    }

    /** Acceptable charset names, most preferred first; equal weights keep the header's order. */
    public List<String> preferenceOrder() {
        return charsets.stream().filter(QualityItem::acceptable)
                .sorted(Comparator.comparing(QualityItem::weight).reversed()).map(QualityItem::value).toList();
    }

    public Optional<String> preferred() {
        return preferenceOrder().stream().findFirst();
    }

    /** Whether a response declared in {@code charset} is acceptable: listed (or matched by *) with q above 0. */
    public boolean accepts(String charset) {
        Optional<QualityItem> exact = charsets.stream().filter(c -> sameCharset(c.value(), charset)).findFirst();
        if (exact.isPresent()) {
            return exact.get().acceptable();
        }
        return charsets.stream().anyMatch(c -> c.value().equals("*") && c.acceptable());
    }

    private static boolean sameCharset(String a, String b) {
        if (a.equalsIgnoreCase(b)) {
            return true;
        }
        try {
            return Charset.isSupported(a) && Charset.isSupported(b) && Charset.forName(a).equals(Charset.forName(b));
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }
}
