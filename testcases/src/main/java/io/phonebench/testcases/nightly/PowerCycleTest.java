package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ScreenExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.junit.Requires;
import io.phonebench.bench.phone.Capability;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.step.Steps;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.drivers.console.ConsoleMatch;
import io.phonebench.drivers.console.PhoneConsole;
import io.phonebench.drivers.console.SerialConsole;
import io.phonebench.drivers.power.PowerSwitch;
import io.phonebench.protocol.device.DeviceInformation;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A power cycle through the rig's switch: the console shows a fresh boot up to its ready line, the time to ready is
 * measured and attached, and the phone answers again at its idle screen, as its reference model (idle) shows.
 */
@Requires({Capability.POWER, Capability.CONSOLE})
class PowerCycleTest {
    /** Bounds a virtual boot many times over; a real lab's 45 s boots need a longer one. */
    private static final Duration BOOT_DEADLINE = Duration.ofSeconds(30);
    private static final Pattern POWER_ON = Pattern.compile("power on|bootloader", Pattern.CASE_INSENSITIVE);
    private static final Pattern READY = Pattern.compile("phone ready:");

    @PhoneTest
    void comesBackReadyAfterPowerCycle(Phone phone) {
        PowerSwitch power = phone.power().orElseThrow();
        PhoneConsole console = phone.console().orElseThrow();
        forgetEarlierBoots(console);
        long start = System.nanoTime();

        Steps.run("power cycle", Map.of("phone", phone.name()), power::cycle);
        ConsoleMatch boot = console.expect(POWER_ON, BOOT_DEADLINE);
        ConsoleMatch ready = console.expect(READY, BOOT_DEADLINE);
        Duration toConsoleReady = Duration.ofNanos(System.nanoTime() - start);
        DeviceInformation info = phone.client().waitUntilUp(BOOT_DEADLINE);
        Duration toHttpReady = Duration.ofNanos(System.nanoTime() - start);

        Judge.require(Verdict.passed("booted in " + toHttpReady.toMillis() + " ms",
                Evidence.text("time to ready (" + phone.name() + ")", "console ready line after "
                        + toConsoleReady.toMillis() + " ms\nHTTP answers after " + toHttpReady.toMillis()
                        + " ms\nboot line: " + boot.line() + "\nready line: " + ready.line()
                        + "\nfirmware: " + info.versionId().or(info::appLoadId).orElse("unknown")),
                Evidence.text("console log (" + phone.name() + ")", String.join("\n", console.tail(40)))));
        phone.expected().closeApplication();
        Judge.require(ScreenExpectation.judge(phone));
    }

    /**
     * The console log still holds the boot that brought the rig up; expect() must only see this cycle's. PhoneConsole
     * has no skip yet, so this uses the serial driver's.
     */
    private static void forgetEarlierBoots(PhoneConsole console) {
        if (console instanceof SerialConsole serial) {
            serial.skipToEnd();
        }
    }
}
