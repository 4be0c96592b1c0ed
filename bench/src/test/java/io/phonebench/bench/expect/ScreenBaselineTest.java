package io.phonebench.bench.expect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.lab.RigSession;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.rig.RigFile;
import io.phonebench.bench.screen.BaselineStore;
import io.phonebench.bench.screen.ScreenNames;
import io.phonebench.bench.verdict.Outcome;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.emulator.virtual.VirtualPhone;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real phone's screen is judged against baselines recorded once from a certified firmware: recorded when asked,
 * matched afterwards, a changed screen fails with a diff, and a missing baseline is an infrastructure problem.
 * The "real" phone is a VirtualPhone the rig does not know is virtual.
 */
class ScreenBaselineTest {

    @Test
    void recordsThenMatchesThenCatchesAChangedScreen(@TempDir Path dir) throws Exception {
        try (VirtualPhone device = VirtualPhone.builder(PhoneCatalog.standard().model("CP-7970G"))
                .address("127.0.7.1").credentials("bench", "bench").bootTime(Duration.ZERO).build()) {
            device.start();
            device.awaitReady(Duration.ofSeconds(10));
            Path rig = Files.writeString(dir.resolve("lab.yaml"), """
                    name: lab
                    credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                    serviceHost: { bind: 127.0.0.1, port: 0 }
                    phones:
                      - name: lab-7970
                        model: CP-7970G
                        address: 127.0.7.1
                        port: %d
                    """.formatted(device.uri().getPort()));
            try (RigSession session = RigSession.open(RigFile.load(rig), List.of(),
                    new PrintStream(new ByteArrayOutputStream()))) {
                Phone phone = session.phone("lab-7970").orElseThrow();
                Path baselines = dir.resolve("baselines");

                phone.useBaselines(new BaselineStore(baselines, false));
                ScreenNames.startTest("IdleTest.idle");
                Verdict missing = ScreenExpectation.judge(phone);
                assertEquals(Outcome.BROKEN, missing.outcome(), missing.summary());
                assertTrue(missing.summary().contains("--record-baselines"), missing.summary());

                phone.useBaselines(new BaselineStore(baselines, true));
                ScreenNames.startTest("IdleTest.idle");
                Verdict recorded = ScreenExpectation.judge(phone);
                assertEquals(Outcome.PASSED, recorded.outcome(), recorded.summary());
                assertTrue(Files.isRegularFile(baselines.resolve("CP-7970G/IdleTest.idle.png")));

                phone.useBaselines(new BaselineStore(baselines, false));
                ScreenNames.startTest("IdleTest.idle");
                Verdict same = ScreenExpectation.judge(phone);
                assertEquals(Outcome.PASSED, same.outcome(), same.summary());

                phone.client().push(new CiscoIPPhoneText("Changed", "", "A screen the baseline does not show"));
                ScreenNames.startTest("IdleTest.idle");
                Verdict changed = ScreenExpectation.judge(phone);
                assertEquals(Outcome.FAILED, changed.outcome(), changed.summary());
                assertTrue(changed.evidence().stream().anyMatch(e -> e.name().contains("diff")),
                        "a diff image is attached: " + changed.evidence());
            }
        }
    }

    @Test
    void realPhonesHaveTheirHeaderBandMaskedForTheClock() {
        // 7970: 320x212 panel, 298x168 services area: the upper half of the 44 extra rows holds the clock
        List<io.phonebench.bench.screen.Mask> masks = ScreenExpectation.chromeMasks(
                PhoneCatalog.standard().model("CP-7970G"));

        assertEquals(List.of(io.phonebench.bench.screen.Mask.of(0, 0, 320, 22, masks.get(0).reason())), masks);
        assertTrue(masks.get(0).reason().contains("clock"), masks.get(0).reason());
        assertEquals(List.of(), ScreenExpectation.chromeMasks(PhoneCatalog.standard().model("CP-7912G")));
    }
}
