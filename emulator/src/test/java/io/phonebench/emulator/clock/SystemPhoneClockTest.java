package io.phonebench.emulator.clock;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SystemPhoneClockTest {

    @Test
    void runsScheduledTaskOnItsOwnThread() throws InterruptedException {
        try (SystemPhoneClock clock = new SystemPhoneClock()) {
            CountDownLatch ran = new CountDownLatch(1);
            clock.schedule(Duration.ofMillis(10), ran::countDown);
            assertTrue(ran.await(2, TimeUnit.SECONDS), "task scheduled 10 ms ahead did not run within 2 s");
        }
    }
}
