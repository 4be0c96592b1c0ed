package io.phonebench.testcases.faultfixture;

import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.lab.RigSession;
import io.phonebench.bench.phone.Phone;
import io.phonebench.emulator.virtual.Fault;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;

/** The phone reboots on the push, in the middle of the test: BROKEN, and the next test runs. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RebootScenario {
    @Order(1)
    @PhoneTest
    void pushDuringTheFault(Phone phone, RigSession session) {
        if (FaultScenario.isFaulty(phone)) {
            FaultScenario.virtual(session, phone).inject(new Fault.Reboot(), "/CGI/Execute", 1);
        }
        FaultScenario.pushText(phone);
    }

    @Order(2)
    @PhoneTest
    void pushAfterTheFault(Phone phone) {
        FaultScenario.pushText(phone);
    }
}
