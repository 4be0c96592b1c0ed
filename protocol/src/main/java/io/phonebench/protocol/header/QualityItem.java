package io.phonebench.protocol.header;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One value of Accept-Charset or Accept-Language with its optional q-value (RFC 9110 §12.4.2). The q-value is kept
 * as written, so {@code q=0.8} formats back as {@code q=0.8}; a missing q-value weighs 1.
 */
public record QualityItem(String value, Optional<BigDecimal> q) {
    private static final Pattern QVALUE = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");

    public QualityItem {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a quality item needs a value");
        }
        q.ifPresent(w -> {
            if (w.signum() < 0 || w.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("q-value of '" + value + "' must be 0-1 but is " + w);
            }
        });
    }

    public static QualityItem of(String value) {
        return new QualityItem(value, Optional.empty());
    }

    public static QualityItem of(String value, String q) {
        return new QualityItem(value, Optional.of(new BigDecimal(q)));
    }

    public BigDecimal weight() {
        return q.orElse(BigDecimal.ONE);
    }

    /** q=0 means "not acceptable". */
    public boolean acceptable() {
        return weight().signum() > 0;
    }

    String format() {
        return value + q.map(w -> ";q=" + w.toPlainString()).orElse("");
    }

    static QualityItem from(String header, String raw, HeaderListItem element) {
        Optional<BigDecimal> q = Optional.empty();
        for (var p : element.parameters().entrySet()) {
            if (!p.getKey().equals("q")) {
                throw new HeaderSyntaxException(header, raw, "expected only a q parameter but found '"
                        + p.getKey() + "'");
            }
            if (!QVALUE.matcher(p.getValue()).matches()) {
                throw new HeaderSyntaxException(header, raw, "expected a q-value 0-1 with at most three decimals but"
                        + " found 'q=" + p.getValue() + "'");
            }
            q = Optional.of(new BigDecimal(p.getValue()));
        }
        return new QualityItem(element.value(), q);
    }
}
