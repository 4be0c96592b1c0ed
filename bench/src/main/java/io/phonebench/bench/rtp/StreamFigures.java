package io.phonebench.bench.rtp;

import io.phonebench.emulator.rtp.StreamSnapshot;
import io.phonebench.protocol.device.StreamingStatistics;
import java.util.OptionalLong;

/**
 * The figures a phone reports about one stream slot, whichever way they were read: the emulator's snapshot or a
 * real phone's StreamingStatisticsX page. A figure the phone left out is NaN and fails its check.
 *
 * @param source        which phone and slot, for messages, e.g. {@code desk-7970 StreamingStatisticsX?1}
 * @param avgJitterMs   AvgJitter, milliseconds
 * @param maxJitterMs   MaxJitter, milliseconds
 */
public record StreamFigures(String source, double senderPackets, double senderOctets, double rcvrPackets,
        double rcvrOctets, double rcvrLostPackets, double avgJitterMs, double maxJitterMs) {

    public static StreamFigures of(String source, StreamSnapshot s) {
        return new StreamFigures(source, s.senderPackets(), s.senderOctets(), s.rcvrPackets(), s.rcvrOctets(),
                s.rcvrLostPackets(), s.avgJitterMs(), s.maxJitterMs());
    }

    public static StreamFigures of(String source, StreamingStatistics page) {
        return new StreamFigures(source, value(page.senderPackets()), value(page.senderOctets()),
                value(page.rcvrPackets()), value(page.rcvrOctets()), value(page.rcvrLostPackets()),
                value(page.avgJitter()), value(page.maxJitter()));
    }

    /** RcvrLostPackets as a percentage of the packets the phone should have had; NaN if a figure is missing. */
    public double rcvrLossPercent() {
        double expected = rcvrPackets + rcvrLostPackets;
        if (Double.isNaN(expected)) {
            return Double.NaN;
        }
        return expected <= 0 ? 0 : Math.max(0, rcvrLostPackets) * 100 / expected;
    }

    private static double value(OptionalLong v) {
        return v.isPresent() ? v.getAsLong() : Double.NaN;
    }
}
