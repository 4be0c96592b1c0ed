package io.phonebench.bench.certify;

import io.phonebench.bench.verdict.Outcome;
import java.util.Arrays;

/**
 * One cell of the certification matrix: how a test ended on a model. Ordered from best to worst so that two phones
 * of the same model combine to the worse result: a model is certified only if every phone of it passes.
 */
public enum Cell {
    NOT_APPLICABLE("not applicable"),
    PASSED("PASSED"),
    FAILED("FAILED"),
    BROKEN("BROKEN");

    private final String label;

    Cell(String label) {
        this.label = label;
    }

    /** The text written in certification.md and certification.csv. */
    public String label() {
        return label;
    }

    /** FAILED or BROKEN: the model is not certified for this test. */
    public boolean failing() {
        return this == FAILED || this == BROKEN;
    }

    public Cell worst(Cell other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** A skipped test is one the model does not claim (its {@code @Requires} capability is missing). */
    public static Cell of(Outcome outcome) {
        return switch (outcome) {
            case PASSED -> PASSED;
            case FAILED -> FAILED;
            case BROKEN -> BROKEN;
            case SKIPPED -> NOT_APPLICABLE;
        };
    }

    /** Reads a label back from a baseline's CSV; {@code where} names the file and line for the error. */
    public static Cell parse(String label, String where) {
        return Arrays.stream(values()).filter(c -> c.label.equals(label.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(where + ": expected one of PASSED, FAILED, BROKEN, "
                        + "not applicable, saw '" + label + "'"));
    }
}
