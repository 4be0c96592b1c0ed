package io.phonebench.protocol.header;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code Accept-Language}: from the phone's user locale, e.g. {@code en-US} (seed). Firmware writes the locale
 * in Cisco's own spelling too: a CP-7942G sends {@code en_US}, a CP-7921G {@code en} (captured requests), so a
 * subtag may be separated by {@code _} as well as by {@code -}.
 */
public record AcceptLanguageHeader(List<QualityItem> languages, boolean spaced) {
    public static final String NAME = "Accept-Language";
    private static final Pattern TAG = Pattern.compile("\\*|[A-Za-z]{1,8}([-_][A-Za-z0-9]{1,8})*");

    public AcceptLanguageHeader {
        languages = List.copyOf(languages);
        if (languages.isEmpty()) {
            throw new HeaderSyntaxException(NAME, "", "expected at least one language");
        }
    }

    public static AcceptLanguageHeader of(String tag) {
        return parse(tag);
    }

    public static AcceptLanguageHeader parse(String value) {
        List<QualityItem> items = HeaderListItem.parseList(NAME, value).stream().map(e -> {
            if (!TAG.matcher(e.value()).matches()) {
                throw new HeaderSyntaxException(NAME, value, "expected a language tag like 'en-US' but found '"
                        + e.value() + "'");
            }
            return QualityItem.from(NAME, value, e);
        }).toList();
        return new AcceptLanguageHeader(items, HeaderListItem.spaced(value));
    }

    public String format() {
        return languages.stream().map(QualityItem::format).collect(Collectors.joining(spaced ? ", " : ","));
    }

    /** The most preferred language as a Locale (the phone's user locale). */
    public Locale preferredLocale() {
        return languages.stream().filter(QualityItem::acceptable)
                .sorted(Comparator.comparing(QualityItem::weight).reversed()).map(QualityItem::value)
                .filter(t -> !t.equals("*")).findFirst().map(t -> Locale.forLanguageTag(t.replace('_', '-')))
                .orElse(Locale.ROOT);
    }
}
