package io.phonebench.testcases.faultfixture;

import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.lab.RigSession;
import io.phonebench.bench.phone.Phone;
import io.phonebench.emulator.virtual.Fault;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;

/** The phone drops the push and the probe after it: one recovery power cycle, the test BROKEN. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResetScenario {
    @Order(1)
    @PhoneTest
    void pushDuringTheFault(Phone phone, RigSession session) {
        if (FaultScenario.isFaulty(phone)) {
            FaultScenario.virtual(session, phone).inject(new Fault.ResetConnection(), "/CGI/Execute", 1);
            FaultScenario.virtual(session, phone).inject(new Fault.ResetConnection(), "/DeviceInformationX", 1);
        }
        FaultScenario.pushText(phone);
    }

    @Order(2)
    @PhoneTest
    void pushAfterTheFault(Phone phone) {
        FaultScenario.pushText(phone);
    }
}
