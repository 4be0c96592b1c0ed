package io.phonebench.testcases.faultfixture;

import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.lab.RigSession;
import io.phonebench.bench.phone.Phone;
import io.phonebench.emulator.virtual.Fault;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;

/** The answer to a push crawls in a byte at a time: the bench gives up within its bounds (BROKEN). */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SlowAnswerScenario {
    @Order(1)
    @PhoneTest
    void pushDuringTheFault(Phone phone, RigSession session) {
        if (FaultScenario.isFaulty(phone)) {
            FaultScenario.virtual(session, phone).inject(new Fault.SlowBody(java.time.Duration.ofMillis(150), 1),
                    "/CGI/Execute", 1);
        }
        FaultScenario.pushText(phone);
    }

    @Order(2)
    @PhoneTest
    void pushAfterTheFault(Phone phone) {
        FaultScenario.pushText(phone);
    }
}
