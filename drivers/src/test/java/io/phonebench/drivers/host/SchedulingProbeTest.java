package io.phonebench.drivers.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class SchedulingProbeTest {

    @Test
    void countsItsWakeUpsOverAnInterval() {
        try (SchedulingProbe probe = SchedulingProbe.start("probe-under-test")) {
            long start = System.nanoTime();
            long deadline = start + Duration.ofSeconds(10).toNanos();
            while (probe.since(start).samples() < 20 && System.nanoTime() < deadline) {
                LockSupport.parkNanos(5_000_000L);
            }
            SchedulingNoise noise = probe.since(start);

            assertTrue(noise.samples() >= 20, noise.describe());
            assertFalse(noise.worst().isNegative(), noise.describe());
            assertTrue(noise.interval().compareTo(Duration.ZERO) > 0, noise.describe());
        }
    }

    @Test
    void anIntervalSeesTheDelaysInsideItAndNotTheOnesBefore() {
        try (SchedulingProbe probe = new SchedulingProbe("not-started")) { // only what the test records
            long now = System.nanoTime();
            probe.record(now, Duration.ofMillis(12).toNanos());

            assertEquals(Duration.ofMillis(12), probe.between(now - 1, now).worst());
            long later = now + SchedulingProbe.BUCKET.toNanos() * 2;
            probe.record(later, Duration.ofMillis(3).toNanos());
            assertEquals(Duration.ofMillis(3), probe.between(later, later).worst(),
                    "a delay two buckets earlier is not in it");
            assertEquals(Duration.ofMillis(12), probe.between(now, later).worst(), "both are in the longer interval");
            assertEquals(2, probe.between(now, later).samples());
        }
    }

    @Test
    void describesItselfForEvidence() {
        SchedulingNoise noise = new SchedulingNoise(Duration.ofMillis(3), 1480, Duration.ofMillis(1520));

        assertEquals("worst wake-up delay 3.00 ms (1480 wake-ups over 1.52 s)", noise.describe());
    }
}
