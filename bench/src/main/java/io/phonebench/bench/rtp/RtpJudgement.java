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
 * @param timeline the bench's per-second jitter and loss
 */
public record RtpJudgement(String title, List<FigureCheck> checks, List<TimelineSample> timeline) {
    public RtpJudgement {
        checks = List.copyOf(checks);
        timeline = List.copyOf(timeline);
    }

    public boolean passed() {
        return checks.stream().allMatch(FigureCheck::passed);
    }

    public List<FigureCheck> failures() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    /** The figures side by side, bench against phone, for a text attachment. */
    public String table() {
        int width = Math.max("figure".length(), checks.stream().mapToInt(c -> c.figure().length()).max().orElse(0));
        String row = "%-" + width + "s  %14s  %14s  %11s  %-8s  %s%n";
        StringBuilder b = new StringBuilder(title).append(System.lineSeparator());
        b.append(String.format(row, "figure", "bench", "phone", "tolerance", "unit", "result"));
        for (FigureCheck c : checks) {
            b.append(String.format(row, c.figure(), FigureCheck.format(c.expected()), FigureCheck.format(c.actual()),
                    "±" + FigureCheck.format(c.tolerance()), c.unit(), c.passed() ? "pass" : "FAIL"));
        }
        return b.toString();
    }

    public byte[] chartPng() {
        return RtpChart.png(title, timeline, checks);
    }

    /** PASSED or FAILED, with the table and the chart as evidence. */
    public Verdict verdict() {
        Evidence table = Evidence.text(title + " figures", table());
        Evidence chart = new Evidence(title + " jitter and loss", "image/png", "png", chartPng());
        if (passed()) {
            return Verdict.passed(title + ": " + checks.size() + " figures within tolerance", table, chart);
        }
        return Verdict.failed(title + ": " + failures().stream().map(FigureCheck::describe)
                .collect(Collectors.joining("; ")), table, chart);
    }
}
