package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ScreenExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.junit.Requires;
import io.phonebench.bench.phone.Capability;
import io.phonebench.bench.phone.ConsoleWatch;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.protocol.device.DeviceInformation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A power cycle through the rig's switch: the console shows a fresh boot, the phone answers HTTP again as the same
 * device (same MAC address and model on DeviceInformationX) with a firmware version, at its idle screen as its
 * reference model (idle) shows; the time to ready is measured and attached. Readiness is judged on the HTTP
 * interface Cisco documents, not on a console line: no Cisco document gives a "ready" line, and the one the
 * emulator prints would hold only for the emulator.
 */
@Requires({Capability.POWER, Capability.CONSOLE})
class PowerCycleTest {
    private static final Pattern POWER_ON = Pattern.compile("power on|bootloader", Pattern.CASE_INSENSITIVE);

    @PhoneTest
    void comesBackReadyAfterPowerCycle(Phone phone) {
        ConsoleWatch console = phone.consoleWatch().orElseThrow();
        DeviceInformation before = phone.control().deviceInformation();
        console.skipSeen();   // the log still holds the boot that brought the rig up: expect only this cycle's
        long start = System.nanoTime();

        // the phone's own boot deadline: a fixed 30 s failed phones that take 45 s to boot
        Duration bootDeadline = phone.bootDeadline();
        phone.cyclePower();
        ConsoleWatch.ConsoleLine boot = console.expect(POWER_ON, bootDeadline);
        DeviceInformation after = phone.control().waitUntilUp(bootDeadline);
        Duration toHttpReady = Duration.ofNanos(System.nanoTime() - start);

        List<String> wrong = new ArrayList<>();
        if (after.macAddress().isEmpty() || !after.macAddress().equals(before.macAddress())) {
            wrong.add("MACAddress: expected " + before.macAddress().orElse("(absent)") + " as before the cycle, saw "
                    + after.macAddress().orElse("(absent)"));
        }
        if (!after.modelNumber().equals(before.modelNumber())) {
            wrong.add("modelNumber: expected " + before.modelNumber().orElse("(absent)") + " as before the cycle, saw "
                    + after.modelNumber().orElse("(absent)"));
        }
        if (after.versionId().or(after::appLoadId).isEmpty()) {
            wrong.add("versionID and appLoadID: expected a firmware version after boot, both absent");
        }
        Evidence[] evidence = {
                Evidence.text("time to ready (" + phone.name() + ")", "HTTP answers after " + toHttpReady.toMillis()
                        + " ms\nboot line: " + boot.line() + "\nfirmware: "
                        + after.versionId().or(after::appLoadId).orElse("unknown")),
                Evidence.text("console log (" + phone.name() + ")", String.join("\n", console.tail(40)))};
        Judge.require(wrong.isEmpty()
                ? Verdict.passed(phone.name() + " booted and answered as the same device in " + toHttpReady.toMillis()
                        + " ms", evidence)
                : Verdict.failed(phone.name() + " after a power cycle: " + String.join("; ", wrong), evidence));
        phone.reference().closeApplication();
        Judge.require(ScreenExpectation.judge(phone));
    }
}
