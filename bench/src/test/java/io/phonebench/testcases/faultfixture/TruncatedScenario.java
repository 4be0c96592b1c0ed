package io.phonebench.testcases.faultfixture;

import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.lab.RigSession;
import io.phonebench.bench.phone.Phone;
import io.phonebench.emulator.virtual.Fault;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;

/** The push answer stops after 20 of its announced bytes: a transport failure (BROKEN). */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TruncatedScenario {
    @Order(1)
    @PhoneTest
    void pushDuringTheFault(Phone phone, RigSession session) {
        if (FaultScenario.isFaulty(phone)) {
            FaultScenario.virtual(session, phone).inject(new Fault.TruncatedBody(20), "/CGI/Execute", 1);
        }
        FaultScenario.pushText(phone);
    }

    @Order(2)
    @PhoneTest
    void pushAfterTheFault(Phone phone) {
        FaultScenario.pushText(phone);
    }
}
