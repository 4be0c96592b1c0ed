package io.phonebench.bench.sensitivity;

import java.util.List;

/**
 * What {@code phonebench deviations} measured: deviations caught by exactly their own tests, failures outside the
 * pins, and legal variations that passed everything.
 *
 * @param findings        one line per miss or unrelated failure, for the reader to act on
 * @param unrelatedScope  which tests ran on the deviation phones, so over which the unrelated failures are counted
 */
public record SensitivityFigures(int deviationsTotal, int deviationsCaught, int unrelatedFailures,
                                 int legalVariationsTotal, int legalVariationsPassed, List<String> findings,
                                 String unrelatedScope) {
    public SensitivityFigures {
        findings = List.copyOf(findings);
    }

    public SensitivityFigures(int deviationsTotal, int deviationsCaught, int unrelatedFailures,
                              int legalVariationsTotal, int legalVariationsPassed, List<String> findings) {
        this(deviationsTotal, deviationsCaught, unrelatedFailures, legalVariationsTotal, legalVariationsPassed,
                findings, "pinned test classes");
    }

    SensitivityFigures scoped(String scope) {
        return new SensitivityFigures(deviationsTotal, deviationsCaught, unrelatedFailures, legalVariationsTotal,
                legalVariationsPassed, findings, scope);
    }

    public String line() {
        return "deviations caught by their own tests " + deviationsCaught + "/" + deviationsTotal
                + ", unrelated failures " + unrelatedFailures + ", legal variations passed " + legalVariationsPassed
                + "/" + legalVariationsTotal;
    }

    public String json() {
        return "{\"deviations_total\": " + deviationsTotal + ", \"deviations_caught\": " + deviationsCaught
                + ", \"unrelated_failures\": " + unrelatedFailures + ", \"legal_variations_total\": "
                + legalVariationsTotal + ", \"legal_variations_passed\": " + legalVariationsPassed
                + ", \"unrelated_failures_scope\": \"" + unrelatedScope + "\"}";
    }

    public boolean perfect() {
        return deviationsCaught == deviationsTotal && unrelatedFailures == 0
                && legalVariationsPassed == legalVariationsTotal;
    }
}
