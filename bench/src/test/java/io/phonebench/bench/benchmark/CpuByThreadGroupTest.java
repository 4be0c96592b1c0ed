package io.phonebench.bench.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CpuByThreadGroupTest {
    @Test
    void groupsThreadsByTheirNameWithoutNumbersOrAddresses() {
        assertEquals("benchmark-pusher", CpuByThreadGroup.group("benchmark-pusher"));
        assertEquals("phone-#-#", CpuByThreadGroup.group("phone-127.213.0.153:34265-17"));
        assertEquals("rtp-send-/#", CpuByThreadGroup.group("rtp-send-/127.0.64.1:22000"));
    }

    /** A thread that burns CPU in between comes first, under its group's name, with the rest said last. */
    @Test
    void namesTheGroupThatUsedTheCpu() throws InterruptedException {
        CpuByThreadGroup before = CpuByThreadGroup.snapshot();
        String[] shares = new String[1];
        Thread burner = new Thread(() -> {
            long x = 0;
            long until = System.nanoTime() + 300_000_000L;
            while (System.nanoTime() < until) {
                x += Long.numberOfTrailingZeros(x + System.nanoTime());
            }
            // taken by the burner itself: a thread that has ended is no longer counted under its name
            shares[0] = CpuByThreadGroup.snapshot().sharesSince(before, 2) + (x == 42 ? " " : "");
        }, "burner-8");
        burner.start();
        burner.join(10_000);

        Matcher first = Pattern.compile("^burner-# (\\d+) %, .*rest \\(GC, JIT, other threads\\) \\d+ %$")
                .matcher(shares[0].strip());
        assertTrue(first.matches(), shares[0]);
        assertTrue(Integer.parseInt(first.group(1)) >= 20, shares[0]);
    }
}
