package io.phonebench.bench.certify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * certification.csv: one row per test, one column per model, firmware and rig repeated on every row so that the
 * rows of many runs can be concatenated in a spreadsheet. Also read back as the baseline of a later run.
 */
public final class CertificationCsv {
    public static final String FILE_NAME = "certification.csv";
    private static final List<String> FIXED_COLUMNS = List.of("firmware", "rig", "test");

    private CertificationCsv() {
    }

    public static String render(CertificationMatrix matrix) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(FIXED_COLUMNS);
        header.addAll(matrix.models());
        csv.append(line(header));
        for (String test : matrix.tests()) {
            List<String> row = new ArrayList<>(List.of(matrix.firmware(), matrix.rig(), test));
            for (String model : matrix.models()) {
                row.add(matrix.cell(test, model).map(Cell::label).orElse(""));
            }
            csv.append(line(row));
        }
        return csv.toString();
    }

    public static Path write(CertificationMatrix matrix, Path dir) {
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(FILE_NAME), render(matrix), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE_NAME) + ": " + e.getMessage(), e);
        }
    }

    /** Reads a certification.csv written by {@link #write}; a malformed file is an error naming the file and line. */
    public static CertificationMatrix read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty() || !split(lines.get(0)).subList(0, Math.min(3, split(lines.get(0)).size()))
                .equals(FIXED_COLUMNS)) {
            throw new IllegalArgumentException(file + ":1: expected the header firmware,rig,test,<models...>, saw '"
                    + (lines.isEmpty() ? "(empty file)" : lines.get(0)) + "'");
        }
        List<String> header = split(lines.get(0));
        List<String> models = header.subList(FIXED_COLUMNS.size(), header.size());
        Map<String, Map<String, Cell>> cells = new TreeMap<>();
        String firmware = "";
        String rig = "";
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> row = split(lines.get(i));
            String where = file + ":" + (i + 1);
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(where + ": expected " + header.size() + " columns, saw "
                        + row.size());
            }
            firmware = row.get(0);
            rig = row.get(1);
            Map<String, Cell> cellsOfTest = new LinkedHashMap<>();
            for (int m = 0; m < models.size(); m++) {
                String label = row.get(FIXED_COLUMNS.size() + m);
                if (!label.isEmpty()) {
                    cellsOfTest.put(models.get(m), Cell.parse(label, where + " column " + models.get(m)));
                }
            }
            cells.put(row.get(2), cellsOfTest);
        }
        return new CertificationMatrix(firmware, rig, models, cells, List.of());
    }

    private static String line(List<String> fields) {
        return String.join(",", fields.stream().map(CertificationCsv::quote).toList()) + "\n";
    }

    private static String quote(String field) {
        return field.contains(",") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    /** RFC 4180 fields of one line (no embedded line breaks: no field written here has one). */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
