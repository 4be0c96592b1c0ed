package io.phonebench.protocol.rtp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per-second totals of a stream. Arrays grow by doubling, so a packet costs no allocation except once in a long
 * while when a new second needs room.
 */
final class StreamTimeline {
    private long[] expected = new long[64];
    private long[] received = new long[64];
    private double[] jitterMs = new double[64];
    private int lastSecond = -1;

    void record(int second, long expectedSoFar, long receivedSoFar, double jitter) {
        if (second < 0) {
            return;
        }
        if (second >= expected.length) {
            int size = Math.max(second + 1, expected.length * 2);
            expected = Arrays.copyOf(expected, size);
            received = Arrays.copyOf(received, size);
            jitterMs = Arrays.copyOf(jitterMs, size);
        }
        for (int s = lastSecond + 1; s < second; s++) {
            // a silent second carries the totals of the one before it
            expected[s] = s == 0 ? 0 : expected[s - 1];
            received[s] = s == 0 ? 0 : received[s - 1];
            jitterMs[s] = s == 0 ? 0 : jitterMs[s - 1];
        }
        if (second >= lastSecond) {
            expected[second] = expectedSoFar;
            received[second] = receivedSoFar;
            jitterMs[second] = jitter;
            lastSecond = second;
        }
    }

    List<TimelineSample> samples() {
        List<TimelineSample> out = new ArrayList<>(lastSecond + 1);
        for (int s = 0; s <= lastSecond; s++) {
            long exp = expected[s] - (s == 0 ? 0 : expected[s - 1]);
            long got = received[s] - (s == 0 ? 0 : received[s - 1]);
            long lost = exp - got;
            out.add(new TimelineSample(s, got, lost, exp <= 0 || lost <= 0 ? 0 : lost * 100.0 / exp, jitterMs[s]));
        }
        return out;
    }
}
