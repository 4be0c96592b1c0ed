package io.phonebench.bench.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Medians and nearest-rank percentiles of measured durations. */
class TimingsTest {

    @Test
    void medianOfAnOddCountIsTheMiddleSample() {
        assertEquals(3.0, Timings.of(new long[] {5, 1, 3}).medianNanos());
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddlePair() {
        assertEquals(2.5, Timings.of(new long[] {4, 1, 3, 2}).medianNanos());
    }

    @Test
    void p99OfAHundredSamplesIsTheSecondLargest() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[i] = (i + 1) * 1_000_000L;
        }
        assertEquals(99.0, Timings.of(nanos).percentileMillis(99));
        assertEquals(100.0, Timings.of(nanos).maxMillis());
    }

    @Test
    void refusesToSummariseNoSamples() {
        assertThrows(IllegalArgumentException.class, () -> Timings.of(new long[0]));
    }
}
