package io.phonebench.bench.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.phonebench.bench.run.Outcome;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A phone whose device pages are not well-formed XML (firmware profile malformed-device-pages). */
class MalformedAnswerTest {

    @Test
    void malformedDevicePageNeverHangsAndTheOtherPhoneRunsOn(@TempDir Path dir) throws Exception {
        FaultRun run = FaultRun.of(dir, "MalformedPagesScenario", "malformed-device-pages", 28);

        System.out.println(run.output());
        assertNotEquals(Outcome.PASSED, run.outcome("readsDeviceInformation", "faulty-7970"), run.output());
        assertEquals(Outcome.PASSED, run.outcome("readsDeviceInformation", "well-7960"), run.output());
    }
}
