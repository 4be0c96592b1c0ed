package io.phonebench.bench.sensitivity;

import java.util.List;

/**
 * What {@code phonebench deviations} measured: deviations caught by exactly their own tests, failures outside the
 * pins, and legal variations that passed everything.
 *
 * @param findings one line per miss or unrelated failure, for the reader to act on
 */
public record SensitivityFigures(int deviationsTotal, int deviationsCaught, int unrelatedFailures,
                                 int legalVariationsTotal, int legalVariationsPassed, List<String> findings) {
    public SensitivityFigures {
        findings = List.copyOf(findings);
    }

    public String line() {
        return "deviations caught by their own tests " + deviationsCaught + "/" + deviationsTotal
                + ", unrelated failures " + unrelatedFailures + ", legal variations passed " + legalVariationsPassed
                + "/" + legalVariationsTotal;
    }

    public String json() {
        return "{\"deviations_total\": " + deviationsTotal + ", \"deviations_caught\": " + deviationsCaught
                + ", \"unrelated_failures\": " + unrelatedFailures + ", \"legal_variations_total\": "
                + legalVariationsTotal + ", \"legal_variations_passed\": " + legalVariationsPassed + "}";
    }

    public boolean perfect() {
        return deviationsCaught == deviationsTotal && unrelatedFailures == 0
                && legalVariationsPassed == legalVariationsTotal;
    }
}
