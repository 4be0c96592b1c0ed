package io.phonebench.testcases.faultfixture;

import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.lab.RigSession;
import io.phonebench.bench.phone.Phone;
import io.phonebench.emulator.virtual.Fault;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The phone stops answering between two tests: the next test's preparation (the bench's before-each push) meets
 * the fault, that test is BROKEN, the phone gets its one recovery power cycle, and the test after it runs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BeforeTestScenario {
    @Order(1)
    @PhoneTest
    void leavesThePhoneFaulty(Phone phone, RigSession session) {
        FaultScenario.pushText(phone);
        if (FaultScenario.isFaulty(phone)) {
            FaultScenario.virtual(session, phone).inject(new Fault.ResetConnection(), "/CGI/Execute", 1);
            FaultScenario.virtual(session, phone).inject(new Fault.ResetConnection(), "/DeviceInformationX", 1);
        }
    }

    @Order(2)
    @PhoneTest
    void preparedDuringTheFault(Phone phone) {
        FaultScenario.pushText(phone);
    }

    @Order(3)
    @PhoneTest
    void preparedAfterTheRecovery(Phone phone) {
        FaultScenario.pushText(phone);
    }
}
