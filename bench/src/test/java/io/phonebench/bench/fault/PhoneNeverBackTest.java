package io.phonebench.bench.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.verdict.Outcome;
import io.phonebench.bench.run.RecoveryLedger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A phone that never comes back after its recovery power cycle: the wait for it ends at its boot timeout, the phone
 * is BROKEN with the evidence, its later tests are BROKEN without touching it, and the other phone runs on.
 */
class PhoneNeverBackTest {
    /** RigSession's boot timeout for a faithful virtual phone: 3 x 2 s + 5 s. */
    private static final long BOOT_TIMEOUT_MILLIS = 11_000;

    @Test
    void phoneThatNeverComesBackIsBrokenAndTheOtherPhoneRunsOn(@TempDir Path dir) throws Exception {
        RecoveryLedger.shared().reset();
        FaultRun run = FaultRun.of(dir, "NeverBackScenario", "faithful", 27);

        var faulted = run.result("pushDuringTheFault", "faulty-7970");
        assertEquals(Outcome.BROKEN, faulted.outcome(), run.output());
        assertTrue(faulted.millis() < BOOT_TIMEOUT_MILLIS + FaultRun.RESPONSE_TIMEOUT_MILLIS + 3_000,
                "the wait for a dead phone took " + faulted.millis() + " ms");
        String why = RecoveryLedger.shared().brokenPhones().get("faulty-7970");
        assertTrue(why != null && why.contains("recovery power cycle failed") && why.contains("503"),
                "broken with the evidence: " + why);
        assertFalse(RecoveryLedger.shared().recoveries().stream().anyMatch(r -> r.phone().equals("faulty-7970")
                && r.back()), RecoveryLedger.shared().recoveries().toString());

        var later = run.result("pushAfterTheFault", "faulty-7970");
        assertEquals(Outcome.BROKEN, later.outcome(), run.output());
        assertTrue(later.millis() < 1_000, "a broken phone is not waited for again: " + later.millis() + " ms");
        assertTrue(later.message().contains("faulty-7970 is broken"), later.message());
        assertEquals(Outcome.PASSED, run.outcome("pushDuringTheFault", "well-7960"), run.output());
        assertEquals(Outcome.PASSED, run.outcome("pushAfterTheFault", "well-7960"), run.output());
        assertEquals(0, run.summary().count(Outcome.FAILED), run.output());
    }
}
