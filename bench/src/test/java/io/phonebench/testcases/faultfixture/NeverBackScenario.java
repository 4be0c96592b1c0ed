package io.phonebench.testcases.faultfixture;

import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.lab.RigSession;
import io.phonebench.bench.phone.Phone;
import io.phonebench.emulator.virtual.Fault;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;

/** The phone drops the push, and after its recovery power cycle its device page never serves again. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NeverBackScenario {
    @Order(1)
    @PhoneTest
    void pushDuringTheFault(Phone phone, RigSession session) {
        if (FaultScenario.isFaulty(phone)) {
            FaultScenario.virtual(session, phone).inject(new Fault.ResetConnection(), "/CGI/Execute", 1);
            // Faults outlive power cuts: the web server comes up but the phone application never answers.
            FaultScenario.virtual(session, phone).inject(new Fault.HttpStatus(503), "/DeviceInformationX",
                    Integer.MAX_VALUE);
        }
        FaultScenario.pushText(phone);
    }

    @Order(2)
    @PhoneTest
    void pushAfterTheFault(Phone phone) {
        FaultScenario.pushText(phone);
    }
}
