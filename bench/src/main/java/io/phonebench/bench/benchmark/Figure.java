package io.phonebench.bench.benchmark;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One measured figure of {@code phonebench benchmark}: a snake_case name, a finite value (mostly a ratio against a
 * raw baseline, where lower is better unless the name says otherwise), and a note that qualifies it: the figure is a
 * lower bound (the measurement's cap), or was taken on a loaded machine.
 */
public record Figure(String name, double value, String note) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public Figure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(note, "note");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("figure name: expected snake_case, saw '" + name + "'");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("figure " + name + ": expected a finite value, saw " + value);
        }
    }

    public Figure(String name, double value) {
        this(name, value, "");
    }

    /** This figure with one more qualification. */
    public Figure noted(String more) {
        return new Figure(name, value, note.isEmpty() ? more : note + "; " + more);
    }

    /** The value to four significant digits, without exponent or trailing zeros: {@code 1.043}, {@code 500}. */
    public String formatted() {
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** {@code name=value}, then the note after {@code #} when there is one: the line the command prints. */
    @Override
    public String toString() {
        return name + "=" + formatted() + (note.isEmpty() ? "" : "  # " + note);
    }
}
