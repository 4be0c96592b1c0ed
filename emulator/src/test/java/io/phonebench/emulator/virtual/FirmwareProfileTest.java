package io.phonebench.emulator.virtual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.emulator.deviation.Deviation;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FirmwareProfileTest {
    @Test
    void everyListedNameResolves() {
        for (String name : FirmwareProfile.NAMES) {
            assertEquals(name, FirmwareProfile.named(name).name());
        }
    }

    @Test
    void clientDeviationsAreExposedForTheReferencePhone() {
        assertEquals(Set.of(Deviation.IGNORES_EXPIRES), FirmwareProfile.named("ignores-expires").deviations());
        assertEquals(Set.of(Deviation.KEEPS_FIFTH_COOKIE), FirmwareProfile.named("keeps-fifth-cookie").deviations());
        assertTrue(FirmwareProfile.faithful().deviations().isEmpty());
    }

    @Test
    void hangCountIsConfigurable() {
        assertEquals(FirmwareProfile.DEFAULT_HANG_AFTER_PUSHES,
                FirmwareProfile.named("hangs-after-pushes").hangsAfterPushes());
        assertEquals(3, FirmwareProfile.named("hangs-after-pushes:3").hangsAfterPushes());
        assertThrows(IllegalArgumentException.class, () -> FirmwareProfile.named("hangs-after-pushes:0"));
    }

    @Test
    void unknownProfileListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FirmwareProfile.named("fathful"));
        assertTrue(e.getMessage().contains("'fathful'") && e.getMessage().contains("realistic-timing"),
                e.getMessage());
    }

    @Test
    void bootTimeFollowsTheProfile() {
        Duration configured = Duration.ofMillis(300);
        assertEquals(configured, FirmwareProfile.faithful().bootTime(configured));
        assertEquals(Duration.ofSeconds(3), FirmwareProfile.named("slow-boot").bootTime(configured));
        assertEquals(FirmwareProfile.REALISTIC_BOOT_TIME, FirmwareProfile.named("realistic-timing").bootTime(configured));
    }

    @Test
    void realisticTimingDelaysEveryKindOfAnswer() {
        FirmwareProfile.Latencies l = FirmwareProfile.named("realistic-timing").latencies();
        assertTrue(l.push().toMillis() > 0 && l.page().toMillis() > 0 && l.screenshot().toMillis() > 0);
    }
}
