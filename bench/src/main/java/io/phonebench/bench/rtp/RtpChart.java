package io.phonebench.bench.rtp;

import io.phonebench.protocol.image.Png;
import io.phonebench.protocol.rtp.TimelineSample;
import java.awt.Color;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Jitter (ms, left axis) and loss (%, right axis) per quarter second of a stream as the bench measured it, beside what the
 * phone reported (AvgJitter and loss of StreamingStatisticsX as flat lines, over the whole stream) and the band the
 * judge accepts around the bench's figure; PNG bytes for a report attachment.
 */
public final class RtpChart {
    private static final int WIDTH = 800;
    private static final int HEIGHT = 400;

    private RtpChart() {
    }

    public static byte[] png(String title, List<TimelineSample> timeline) {
        return png(title, timeline, List.of());
    }

    public static byte[] png(String title, List<TimelineSample> timeline, List<FigureCheck> checks) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("time since the stream started (s)").yAxisTitle("jitter (ms)").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setXAxisDecimalPattern("0.00");
        double[] seconds = new double[Math.max(1, timeline.size())];
        double[] jitter = new double[seconds.length];
        double[] loss = new double[seconds.length];
        for (int i = 0; i < timeline.size(); i++) {
            TimelineSample s = timeline.get(i);
            seconds[i] = s.second();
            jitter[i] = s.jitterMs();
            loss[i] = s.lossPercent();
        }
        // The phone's figures cover the whole stream: drawn from its start to its last sample (at least 1 s).
        double[] span = {0, Math.max(1, seconds[seconds.length - 1])};
        XYSeries j = chart.addSeries("bench jitter (ms)", seconds, jitter);
        j.setMarker(SeriesMarkers.CIRCLE);
        for (FigureCheck check : checks) {
            if (check.figure().equals("AvgJitter")) {
                flat(chart, "phone AvgJitter (ms)", span, check.actual(), Color.RED, 0);
                flat(chart, "accepted: bench ±" + FigureCheck.format(check.tolerance()) + " ms", span,
                        check.expected() + check.tolerance(), Color.GRAY, 0);
                flat(chart, " ", span, Math.max(0, check.expected() - check.tolerance()), Color.GRAY, 0);
            }
        }
        XYSeries l = chart.addSeries("bench loss (%)", seconds, loss);
        l.setMarker(SeriesMarkers.SQUARE);
        l.setYAxisGroup(1);
        for (FigureCheck check : checks) {
            if (check.figure().equals("loss")) {
                flat(chart, "phone loss (%)", span, check.actual(), Color.MAGENTA, 1);
            }
        }
        chart.setYAxisGroupTitle(1, "loss (%)");
        return Png.encode(BitmapEncoder.getBufferedImage(chart));
    }

    private static void flat(XYChart chart, String name, double[] span, double value, Color colour, int axis) {
        XYSeries series = chart.addSeries(name, span, new double[] {value, value});
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(colour);
        series.setLineStyle(org.knowm.xchart.style.lines.SeriesLines.DASH_DASH);
        series.setYAxisGroup(axis);
    }
}
