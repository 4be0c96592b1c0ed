package io.phonebench.protocol.rtp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Totals of a stream per slice of {@value #SLICE_MS} ms: fine enough that a stream of a second or two still draws a
 * line, coarse enough that a slice holds a dozen 20 ms packets. Arrays grow by doubling, so a packet costs no
 * allocation except once in a long while when a new slice needs room.
 */
final class StreamTimeline {
    static final int SLICE_MS = 250;
    static final long SLICE_NANOS = SLICE_MS * 1_000_000L;

    private long[] expected = new long[64];
    private long[] received = new long[64];
    private double[] jitterMs = new double[64];
    private int lastSlice = -1;

    void record(int slice, long expectedSoFar, long receivedSoFar, double jitter) {
        if (slice < 0) {
            return;
        }
        if (slice >= expected.length) {
            int size = Math.max(slice + 1, expected.length * 2);
            expected = Arrays.copyOf(expected, size);
            received = Arrays.copyOf(received, size);
            jitterMs = Arrays.copyOf(jitterMs, size);
        }
        for (int s = lastSlice + 1; s < slice; s++) {
            // a silent slice carries the totals of the one before it
            expected[s] = s == 0 ? 0 : expected[s - 1];
            received[s] = s == 0 ? 0 : received[s - 1];
            jitterMs[s] = s == 0 ? 0 : jitterMs[s - 1];
        }
        if (slice >= lastSlice) {
            expected[slice] = expectedSoFar;
            received[slice] = receivedSoFar;
            jitterMs[slice] = jitter;
            lastSlice = slice;
        }
    }

    List<TimelineSample> samples() {
        List<TimelineSample> out = new ArrayList<>(lastSlice + 1);
        for (int s = 0; s <= lastSlice; s++) {
            long exp = expected[s] - (s == 0 ? 0 : expected[s - 1]);
            long got = received[s] - (s == 0 ? 0 : received[s - 1]);
            long lost = exp - got;
            out.add(new TimelineSample(s * SLICE_MS / 1000.0, got, lost, exp <= 0 || lost <= 0 ? 0 : lost * 100.0 / exp, jitterMs[s]));
        }
        return out;
    }
}
