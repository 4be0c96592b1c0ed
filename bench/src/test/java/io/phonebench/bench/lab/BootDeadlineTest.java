package io.phonebench.bench.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.emulator.virtual.FirmwareProfile;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A power cycle waits as long as the phone's boot takes: a fixed 30 s failed phones that boot in 45 s. */
class BootDeadlineTest {
    @Test
    void realisticTimingPhoneGetsADeadlineBeyondItsBootTime() {
        Duration deadline = RigSession.bootDeadline(Optional.of(FirmwareProfile.named("realistic-timing")));

        assertTrue(deadline.compareTo(FirmwareProfile.REALISTIC_BOOT_TIME) > 0, deadline.toString());
    }

    @Test
    void slowBootingVirtualPhoneGetsADeadlineBeyondItsBootTime() {
        FirmwareProfile slow = FirmwareProfile.named("slow-boot");

        Duration deadline = RigSession.bootDeadline(Optional.of(slow));

        assertTrue(deadline.compareTo(slow.bootTime(Duration.ofSeconds(2))) > 0, deadline.toString());
    }

    @Test
    void realPhoneGetsAtLeastMinutesForItsBoot() {
        assertTrue(RigSession.bootDeadline(Optional.empty()).compareTo(Duration.ofMinutes(1)) >= 0);
    }
}
