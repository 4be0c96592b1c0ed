package io.phonebench.bench.certify;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * certification.csv: one row per test, one column per model, firmware and rig repeated on every row so that the
 * rows of many runs can be concatenated in a spreadsheet. Also read back as the baseline of a later run.
 */
public final class CertificationCsv {
    public static final String FILE_NAME = "certification.csv";
    private static final List<String> FIXED_COLUMNS = List.of("firmware", "rig", "test");
    /** RFC 4180 with LF line ends, as before; fields with a comma, quote or line break are quoted. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CertificationCsv() {
    }

    public static String render(CertificationMatrix matrix) {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, FORMAT)) {
            List<String> header = new ArrayList<>(FIXED_COLUMNS);
            header.addAll(matrix.models());
            printer.printRecord(header.stream().map(CertificationCsv::neutralised).toList());
            for (String test : matrix.tests()) {
                List<String> row = new ArrayList<>(List.of(matrix.firmware(), matrix.rig(), test));
                for (String model : matrix.models()) {
                    row.add(matrix.cell(test, model).map(Cell::label).orElse(""));
                }
                printer.printRecord(row.stream().map(CertificationCsv::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + FILE_NAME + ": " + e.getMessage(), e);
        }
        return csv.toString();
    }

    /**
     * A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before them) as a formula; the firmware
     * string comes from the user and phones, so such a cell gets a leading apostrophe, which spreadsheets show as
     * text (OWASP "CSV Injection"). {@link #read} takes the apostrophe off again.
     */
    static String neutralised(String field) {
        return !field.isEmpty() && FORMULA_STARTS.indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
    }

    private static String restored(String field) {
        return field.length() > 1 && field.charAt(0) == '\'' && FORMULA_STARTS.indexOf(field.charAt(1)) >= 0
                ? field.substring(1) : field;
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
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException(file + ": cannot read as CSV: " + e.getMessage(), e);
        }
        List<String> header = records.isEmpty() ? List.of() : fields(records.get(0));
        if (header.size() < FIXED_COLUMNS.size() || !header.subList(0, FIXED_COLUMNS.size()).equals(FIXED_COLUMNS)) {
            throw new IllegalArgumentException(file + ":1: expected the header firmware,rig,test,<models...>, saw '"
                    + (records.isEmpty() ? "(empty file)" : String.join(",", header)) + "'");
        }
        List<String> models = header.subList(FIXED_COLUMNS.size(), header.size());
        Map<String, Map<String, Cell>> cells = new TreeMap<>();
        String firmware = "";
        String rig = "";
        for (CSVRecord record : records.subList(1, records.size())) {
            List<String> row = fields(record);
            String where = file + ":" + record.getRecordNumber();
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
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

    private static List<String> fields(CSVRecord record) {
        return record.stream().map(CertificationCsv::restored).toList();
    }
}
