package io.phonebench.bench.rtp;

import io.phonebench.protocol.rtp.TimelineSample;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Jitter (ms, left axis) and loss (%, right axis) per second of a stream, as PNG bytes for a report attachment. */
public final class RtpChart {
    private static final int WIDTH = 800;
    private static final int HEIGHT = 400;

    private RtpChart() {
    }

    public static byte[] png(String title, List<TimelineSample> timeline) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle("second")
                .yAxisTitle("jitter (ms)").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        double[] seconds = new double[Math.max(1, timeline.size())];
        double[] jitter = new double[seconds.length];
        double[] loss = new double[seconds.length];
        for (int i = 0; i < timeline.size(); i++) {
            TimelineSample s = timeline.get(i);
            seconds[i] = s.second();
            jitter[i] = s.jitterMs();
            loss[i] = s.lossPercent();
        }
        XYSeries j = chart.addSeries("jitter (ms)", seconds, jitter);
        j.setMarker(SeriesMarkers.CIRCLE);
        XYSeries l = chart.addSeries("loss (%)", seconds, loss);
        l.setMarker(SeriesMarkers.SQUARE);
        l.setYAxisGroup(1);
        chart.setYAxisGroupTitle(1, "loss (%)");
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("rendering the RTP chart '" + title + "' as PNG", e);
        }
    }
}
