package io.phonebench.bench.certify;

import io.phonebench.bench.run.RunSummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The model x test matrix of one certification run, with the firmware and rig it was run on.
 *
 * @param firmware the firmware version under certification, as given on the command line
 * @param rig      the rig's name
 * @param models   the columns, in rig order
 * @param cells    test (Class.method) to model to cell; a missing cell means the test did not run on that model
 * @param problems one line per failed or broken test on a phone, with its message, for the report
 */
public record CertificationMatrix(String firmware, String rig, List<String> models,
                                  Map<String, Map<String, Cell>> cells, List<String> problems) {
    public CertificationMatrix {
        models = List.copyOf(models);
        Map<String, Map<String, Cell>> copy = new TreeMap<>();
        cells.forEach((test, row) -> copy.put(test, Collections.unmodifiableMap(new LinkedHashMap<>(row))));
        cells = Collections.unmodifiableMap(copy);
        problems = List.copyOf(problems);
    }

    /**
     * Builds the matrix from a run's results. {@code modelOfPhone} maps rig phone names to model names, in rig order;
     * results from no known phone (a class that broke before its phones ran) count against every model.
     */
    public static CertificationMatrix of(String firmware, String rig, Map<String, String> modelOfPhone,
                                         List<RunSummary.Result> results) {
        List<String> models = new ArrayList<>(new LinkedHashSet<>(modelOfPhone.values()));
        Map<String, Map<String, Cell>> cells = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (RunSummary.Result result : results) {
            Cell cell = Cell.of(result.outcome());
            String model = modelOfPhone.get(result.phone());
            List<String> targets = model == null ? models : List.of(model);
            Map<String, Cell> row = cells.computeIfAbsent(result.test(), t -> new LinkedHashMap<>());
            for (String target : targets) {
                row.merge(target, cell, Cell::worst);
            }
            if (cell.failing()) {
                problems.add(cell.label() + " " + result.test() + " on " + result.phone()
                        + (model == null ? "" : " (" + model + ")") + ": " + result.message());
            }
        }
        return new CertificationMatrix(firmware, rig, models, cells, problems);
    }

    public List<String> tests() {
        return List.copyOf(cells.keySet());
    }

    public Optional<Cell> cell(String test, String model) {
        return Optional.ofNullable(cells.getOrDefault(test, Map.of()).get(model));
    }

    /** How many cells hold this result, over the whole matrix. */
    public long count(Cell cell) {
        return cells.values().stream().flatMap(row -> row.values().stream()).filter(cell::equals).count();
    }
}
