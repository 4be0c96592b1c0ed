package io.phonebench.bench.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.phonebench.bench.rig.RigFile;
import io.phonebench.bench.run.FaultFigures;
import io.phonebench.bench.run.InjectedFaults;
import io.phonebench.bench.run.LostResults;
import io.phonebench.bench.verdict.Outcome;
import io.phonebench.bench.run.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figure line's parts: faults a rig schedules, and finished tests without an Allure result file. */
class FaultFiguresTest {

    @Test
    void countsFaultProfilesAndBoardFaultsButNotFirmwareDeviations(@TempDir Path dir) throws Exception {
        Path rigFile = dir.resolve("rig.yaml");
        Files.writeString(rigFile, """
                name: counted
                credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                serviceHost: { bind: 127.0.0.1, port: 0 }
                power:
                  ok: { type: simulated-lcus, channels: 4 }
                  quiet: { type: simulated-numato, channels: 2, fault: silent }
                  unused: { type: simulated-numato, channels: 2, fault: stuck }
                phones:
                  - { name: a, model: CP-7970G, address: 127.0.9.11, emulated: { profile: "hangs-after-pushes:2" }, power: { switch: ok, channel: 1 } }
                  - { name: b, model: CP-7970G, address: 127.0.9.12, emulated: { profile: ignores-expires }, power: { switch: ok, channel: 2 } }
                  - { name: c, model: CP-7970G, address: 127.0.9.13, emulated: { profile: slow-boot }, power: { switch: quiet, channel: 1 } }
                """);

        List<String> faults = InjectedFaults.of(RigFile.load(rigFile), List.of());

        assertEquals(List.of("phone a: hangs-after-pushes:2", "phone c: slow-boot", "relay board quiet: silent"),
                faults);
        assertEquals(List.of("phone a: hangs-after-pushes:2"), InjectedFaults.of(RigFile.load(rigFile), List.of("a")));
    }

    @Test
    void aFinishedTestWithoutResultFileIsLost(@TempDir Path results) throws Exception {
        Files.writeString(results.resolve("1-result.json"), """
                {"name":"showsPushedText(Phone) desk-7970 (CP-7970G)",
                 "fullName":"io.phonebench.testcases.nightly.PushTextTest.showsPushedText","status":"passed"}""");
        Files.writeString(results.resolve("2-result.json"), "{\"name\":\"cut off by a SIGK");
        List<RunSummary.Result> finished = List.of(
                new RunSummary.Result("PushTextTest.showsPushedText", "desk-7970", Outcome.PASSED, "", 10),
                new RunSummary.Result("PushTextTest.showsPushedText", "desk-7960", Outcome.BROKEN, "gone", 10),
                new RunSummary.Result("PushTextTest", "-", Outcome.BROKEN, "class failed before its tests", 0));

        List<RunSummary.Result> lost = LostResults.in(finished, results);

        assertEquals(List.of(finished.get(1)), lost);
        assertEquals("faults injected 3, recovered 1, broken 1, results lost 1",
                new FaultFigures(3, 1, 1, lost.size()).line());
    }
}
