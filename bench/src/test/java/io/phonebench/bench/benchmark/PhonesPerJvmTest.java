package io.phonebench.bench.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code virtual_phones_per_jvm} claims when its ramp ends without a step that missed. */
class PhonesPerJvmTest {
    @Test
    void aRampCutShortByItsBudgetIsALowerBoundNotAMiss() {
        StringWriter progress = new StringWriter();
        BenchmarkPlan.Fleet plan = new BenchmarkPlan.Fleet(List.of(1, 2), 1, 0, Duration.ofSeconds(10), Duration.ZERO,
                Duration.ofMillis(100), Duration.ofMillis(100));

        Figure phones = new PhonesPerJvm(plan, new PrintWriter(progress, true)).measure().get(0);

        assertEquals("virtual_phones_per_jvm", phones.name());
        assertEquals(0, phones.value());
        assertTrue(phones.note().startsWith(">=0 (the ramp's time budget ran out: time budget of 0 s spent before 1"
                + " phones"), phones.note());
        assertTrue(progress.toString().contains("ramp stopped: time budget"), progress.toString());
    }
}
