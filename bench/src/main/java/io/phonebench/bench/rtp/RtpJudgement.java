package io.phonebench.bench.rtp;

import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.protocol.rtp.TimelineSample;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The phone's figures of one stream judged against the bench's: every check, the bench's timeline, and the report
 * forms of both (a text table, a PNG chart, a {@link Verdict}).
 *
 * @param title    e.g. {@code RTP bench -> desk-7970 (2 % loss)}
 * @param checks   one per figure
 * @param timeline the bench's jitter and loss per quarter second
 * @param notes    how tolerances were set, e.g. widened by the bench host's measured scheduling noise
 */
public record RtpJudgement(String title, List<FigureCheck> checks, List<TimelineSample> timeline,
        List<String> notes) {
    public RtpJudgement {
        checks = List.copyOf(checks);
        timeline = List.copyOf(timeline);
        notes = List.copyOf(notes);
    }

    public RtpJudgement(String title, List<FigureCheck> checks, List<TimelineSample> timeline) {
        this(title, checks, timeline, List.of());
    }

    /** Every figure judged and within tolerance. */
    public boolean passed() {
        return checks.stream().allMatch(FigureCheck::passed);
    }

    /** Figures judged and outside tolerance: what the phone got wrong. */
    public List<FigureCheck> failures() {
        return checks.stream().filter(FigureCheck::failed).toList();
    }

    /** Figures the bench could not judge because its own measurement was too noisy. */
    public List<FigureCheck> inconclusive() {
        return checks.stream().filter(c -> !c.judged()).toList();
    }

    /** The figures side by side, bench against phone, for a text attachment. */
    public String table() {
        int width = Math.max("figure".length(), checks.stream().mapToInt(c -> c.figure().length()).max().orElse(0));
        String row = "%-" + width + "s  %14s  %14s  %11s  %-8s  %s%n";
        StringBuilder b = new StringBuilder(title).append(System.lineSeparator());
        b.append(String.format(row, "figure", "bench", "phone", "tolerance", "unit", "result"));
        for (FigureCheck c : checks) {
            b.append(String.format(row, c.figure(), FigureCheck.format(c.expected()), FigureCheck.format(c.actual()),
                    "±" + FigureCheck.format(c.tolerance()), c.unit(),
                    c.passed() ? "pass" : c.failed() ? "FAIL" : "not judged"));
        }
        notes.forEach(n -> b.append(n).append(System.lineSeparator()));
        inconclusive().forEach(c -> b.append(c.figure()).append(" not judged: ").append(c.inconclusive())
                .append(System.lineSeparator()));
        return b.toString();
    }

    public byte[] chartPng() {
        return RtpChart.png(title, timeline, checks);
    }

    /**
     * FAILED when a judged figure is out of tolerance; otherwise BROKEN when a figure could not be judged (the bench
     * host was too busy to measure it: an infrastructure fault, never the phone's); otherwise PASSED. The table and
     * the chart are the evidence.
     */
    public Verdict verdict() {
        Evidence table = Evidence.text(title + " figures", table());
        Evidence chart = new Evidence(title + " jitter and loss", "image/png", "png", chartPng());
        if (!failures().isEmpty()) {
            return Verdict.failed(title + ": " + failures().stream().map(FigureCheck::describe)
                    .collect(Collectors.joining("; ")), table, chart);
        }
        if (!inconclusive().isEmpty()) {
            // the figures share one reason (the host's noise over the stream): say it once
            return Verdict.broken(title + ": " + inconclusive().stream().map(FigureCheck::figure)
                    .collect(Collectors.joining(" and ")) + " not judged, " + inconclusive().get(0).inconclusive(),
                    table, chart);
        }
        String widened = notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
        return Verdict.passed(title + ": " + checks.size() + " figures within tolerance" + widened, table, chart);
    }
}
