package io.phonebench.bench.run;

/**
 * The reliability figure of a run: faults the rig scheduled, recoveries that brought a phone back, phones left
 * BROKEN, and finished tests without an Allure result (which must be 0).
 */
public record FaultFigures(int injected, int recovered, int broken, int resultsLost) {

    /** The line the run prints last, which CI and the README quote. */
    public String line() {
        return "faults injected " + injected + ", recovered " + recovered + ", broken " + broken
                + ", results lost " + resultsLost;
    }

    @Override
    public String toString() {
        return line();
    }
}
