package io.phonebench.bench.certify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What changed since the baseline run, cell by cell: failures that are new, failures that are fixed, and failures
 * that remain. A cell missing from the baseline (a new test or model) that fails counts as a new failure.
 */
public record BaselineDiff(String baselineFirmware, List<Change> newFailures, List<Change> fixed,
                           List<Change> stillFailing) {
    public BaselineDiff {
        newFailures = List.copyOf(newFailures);
        fixed = List.copyOf(fixed);
        stillFailing = List.copyOf(stillFailing);
    }

    /** One cell that changed or stayed failing; {@code before} is empty when the baseline did not have it. */
    public record Change(String test, String model, Optional<Cell> before, Cell now) {
        public String describe() {
            return test + " on " + model + ": " + before.map(Cell::label).orElse("not in baseline") + " -> "
                    + now.label();
        }
    }

    public static BaselineDiff between(CertificationMatrix baseline, CertificationMatrix current) {
        List<Change> newFailures = new ArrayList<>();
        List<Change> fixed = new ArrayList<>();
        List<Change> stillFailing = new ArrayList<>();
        for (String test : current.tests()) {
            for (String model : current.models()) {
                Optional<Cell> now = current.cell(test, model);
                if (now.isEmpty()) {
                    continue;
                }
                Optional<Cell> before = baseline.cell(test, model);
                Change change = new Change(test, model, before, now.get());
                boolean failedBefore = before.map(Cell::failing).orElse(false);
                if (now.get().failing()) {
                    (failedBefore ? stillFailing : newFailures).add(change);
                } else if (failedBefore && now.get() == Cell.PASSED) {
                    fixed.add(change);
                }
            }
        }
        return new BaselineDiff(baseline.firmware(), newFailures, fixed, stillFailing);
    }

    public boolean unchanged() {
        return newFailures.isEmpty() && fixed.isEmpty();
    }
}
