package io.phonebench.bench.certify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** certification.md: the header (firmware, rig), the model x test matrix, the problems and the baseline diff. */
public final class CertificationMarkdown {
    public static final String FILE_NAME = "certification.md";

    private CertificationMarkdown() {
    }

    public static String render(CertificationMatrix matrix, Optional<Baseline> baseline) {
        return render(matrix, baseline, Map.of());
    }

    /**
     * @param reportedFirmware model to the firmware its phones reported (DeviceInformationX), a row of the matrix:
     *                         what ran, beside what {@code --firmware} claimed
     */
    public static String render(CertificationMatrix matrix, Optional<Baseline> baseline,
                                Map<String, String> reportedFirmware) {
        StringBuilder md = new StringBuilder();
        md.append("# Certification of firmware ").append(matrix.firmware()).append("\n\n");
        md.append("- Firmware: ").append(matrix.firmware()).append('\n');
        md.append("- Rig: ").append(matrix.rig()).append('\n');
        md.append("- Models: ").append(String.join(", ", matrix.models())).append('\n');
        md.append("- Cells: ").append(matrix.count(Cell.PASSED)).append(" passed, ").append(matrix.count(Cell.FAILED))
                .append(" failed, ").append(matrix.count(Cell.BROKEN)).append(" broken, ")
                .append(matrix.count(Cell.NOT_APPLICABLE)).append(" not applicable\n\n");
        md.append("## Matrix\n\n| test | ").append(String.join(" | ", matrix.models())).append(" |\n|---|");
        md.append("---|".repeat(matrix.models().size())).append('\n');
        if (!reportedFirmware.isEmpty()) {
            md.append("| firmware reported |");
            for (String model : matrix.models()) {
                md.append(' ').append(escape(reportedFirmware.getOrDefault(model, "not reported"))).append(" |");
            }
            md.append('\n');
        }
        for (String test : matrix.tests()) {
            md.append("| ").append(test).append(" |");
            for (String model : matrix.models()) {
                md.append(' ').append(matrix.cell(test, model).map(Cell::label).orElse("-")).append(" |");
            }
            md.append('\n');
        }
        if (!matrix.problems().isEmpty()) {
            md.append("\n## Problems\n\n");
            matrix.problems().forEach(p -> md.append("- ").append(escape(p)).append('\n'));
        }
        md.append("\n## Differences against the baseline\n\n");
        baseline.ifPresentOrElse(b -> appendDiff(md, b), () -> md.append("No baseline given (--baseline DIR).\n"));
        return md.toString();
    }

    public static Path write(CertificationMatrix matrix, Optional<Baseline> baseline, Path dir) {
        return write(matrix, baseline, Map.of(), dir);
    }

    public static Path write(CertificationMatrix matrix, Optional<Baseline> baseline,
                             Map<String, String> reportedFirmware, Path dir) {
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(FILE_NAME), render(matrix, baseline, reportedFirmware),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE_NAME) + ": " + e.getMessage(), e);
        }
    }

    private static void appendDiff(StringBuilder md, Baseline baseline) {
        BaselineDiff diff = baseline.diff();
        md.append("Baseline: ").append(baseline.source()).append(" (firmware ").append(diff.baselineFirmware())
                .append(")\n");
        section(md, "New failures", diff.newFailures());
        section(md, "Fixed", diff.fixed());
        section(md, "Still failing", diff.stillFailing());
    }

    private static void section(StringBuilder md, String title, List<BaselineDiff.Change> changes) {
        md.append("\n### ").append(title).append(" (").append(changes.size()).append(")\n\n");
        if (changes.isEmpty()) {
            md.append("None.\n");
        }
        changes.forEach(c -> md.append("- ").append(c.describe()).append('\n'));
    }

    /** Messages come from phones and tests: keep them on one Markdown line. */
    private static String escape(String text) {
        return text.replace("\r", " ").replace("\n", " ").replace("|", "\\|");
    }

    /** The baseline run a certification is compared with: where its CSV came from and the cell differences. */
    public record Baseline(Path source, BaselineDiff diff) {
    }
}
