package io.phonebench.testcases.faultfixture;

import io.phonebench.bench.lab.RigSession;
import io.phonebench.bench.phone.Phone;
import io.phonebench.emulator.virtual.VirtualPhone;
import io.phonebench.protocol.object.CiscoIPPhoneText;

/**
 * Shared steps of the fault fixture suite. Its classes are run only through {@code SuiteRun} by
 * {@code io.phonebench.bench.fault.PhoneFaultsDuringTestsTest}; their names do not end in Test, so surefire leaves
 * them alone. Faults hit only phones whose rig name starts with {@code faulty}: the others show the run goes on.
 */
final class FaultScenario {
    private FaultScenario() {
    }

    static boolean isFaulty(Phone phone) {
        return phone.name().startsWith("faulty");
    }

    static VirtualPhone virtual(RigSession session, Phone phone) {
        return session.virtualPhone(phone.name()).orElseThrow(() -> new IllegalStateException(
                "fault fixture: expected an emulated phone, saw rig entry " + phone.name()));
    }

    /** A push whose answer must be a CiscoIPPhoneResponse; any fault surfaces as the exception it causes. */
    static void pushText(Phone phone) {
        phone.push(new CiscoIPPhoneText("Fault fixture", "Step", "push during a fault"));
    }
}
