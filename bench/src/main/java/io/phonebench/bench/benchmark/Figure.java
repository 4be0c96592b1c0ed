package io.phonebench.bench.benchmark;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One measured figure of {@code phonebench benchmark}: a snake_case name and a finite value (mostly a ratio against a
 * raw baseline, where lower is better unless the name says otherwise).
 */
public record Figure(String name, double value) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public Figure {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("figure name: expected snake_case, saw '" + name + "'");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("figure " + name + ": expected a finite value, saw " + value);
        }
    }

    /** The value to four significant digits, without exponent or trailing zeros: {@code 1.043}, {@code 500}. */
    public String formatted() {
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** {@code name=value}, the line the command prints. */
    @Override
    public String toString() {
        return name + "=" + formatted();
    }
}
