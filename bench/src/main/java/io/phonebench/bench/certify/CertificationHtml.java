package io.phonebench.bench.certify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * certification.html: the model x test matrix as a coloured table (green passed, red failed, orange broken, grey not
 * applicable), each cell marked when it changed against the baseline run; attached to the report.
 */
public final class CertificationHtml {
    public static final String FILE_NAME = "certification.html";

    private CertificationHtml() {
    }

    public static String render(CertificationMatrix matrix, Optional<BaselineDiff> diff,
                                Map<String, String> reportedFirmware) {
        Map<String, String> changes = new HashMap<>();
        diff.ifPresent(d -> {
            d.newFailures().forEach(c -> changes.put(c.test() + "|" + c.model(), "new failure, was "
                    + c.before().map(Cell::label).orElse("not run")));
            d.fixed().forEach(c -> changes.put(c.test() + "|" + c.model(), "fixed, was "
                    + c.before().map(Cell::label).orElse("not run")));
        });
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
                + "Certification of firmware " + escape(matrix.firmware()) + "</title><style>"
                + "body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #999;"
                + "padding:2px 6px;font-size:13px}.PASSED{background:#97cc64}.FAILED{background:#fd5a3e}"
                + ".BROKEN{background:#ffd050}.NA{background:#d6d6d6}.changed{outline:3px solid #333}"
                + "</style></head><body>");
        html.append("<h1>Certification of firmware ").append(escape(matrix.firmware())).append(" on rig ")
                .append(escape(matrix.rig())).append("</h1>");
        diff.ifPresent(d -> html.append("<p>Against the baseline (firmware ").append(escape(d.baselineFirmware()))
                .append("): ").append(d.newFailures().size()).append(" new failures, ").append(d.fixed().size())
                .append(" fixed, ").append(d.stillFailing().size()).append(" still failing; changed cells are"
                        + " outlined.</p>"));
        html.append("<table><tr><th>test</th>");
        matrix.models().forEach(m -> html.append("<th>").append(escape(m)).append("</th>"));
        html.append("</tr>");
        if (!reportedFirmware.isEmpty()) {
            html.append("<tr><td><i>firmware reported</i></td>");
            matrix.models().forEach(m -> html.append("<td>").append(escape(reportedFirmware.getOrDefault(m,
                    "not reported"))).append("</td>"));
            html.append("</tr>");
        }
        for (String test : matrix.tests()) {
            html.append("<tr><td>").append(escape(test)).append("</td>");
            for (String model : matrix.models()) {
                Optional<Cell> cell = matrix.cell(test, model);
                String change = changes.get(test + "|" + model);
                String css = cell.map(c -> c == Cell.NOT_APPLICABLE ? "NA" : c.name()).orElse("NA")
                        + (change == null ? "" : " changed");
                html.append("<td class=\"").append(css).append('"')
                        .append(change == null ? "" : " title=\"" + escape(change) + "\"").append('>')
                        .append(escape(cell.map(Cell::label).orElse("-")))
                        .append(change == null ? "" : " (" + escape(change) + ")").append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</table></body></html>\n").toString();
    }

    public static Path write(CertificationMatrix matrix, Optional<BaselineDiff> diff,
                             Map<String, String> reportedFirmware, Path dir) {
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(FILE_NAME), render(matrix, diff, reportedFirmware),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE_NAME) + ": " + e.getMessage(), e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
