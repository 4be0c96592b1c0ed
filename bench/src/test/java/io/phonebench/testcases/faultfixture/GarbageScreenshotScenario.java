package io.phonebench.testcases.faultfixture;

import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.lab.RigSession;
import io.phonebench.bench.phone.Phone;
import io.phonebench.emulator.virtual.Fault;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * /CGI/Screenshot answers 200 with an image type and bytes no reader decodes. The phone answered, wrongly: its
 * reference model renders a real screenshot, so this is a product deviation (FAILED), and no power cycle.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GarbageScreenshotScenario {
    @Order(1)
    @PhoneTest
    void screenshotDuringTheFault(Phone phone, RigSession session) {
        if (FaultScenario.isFaulty(phone)) {
            FaultScenario.virtual(session, phone).inject(new Fault.GarbageScreenshot(), "/CGI/Screenshot", 1);
        }
        phone.client().screenshot();
    }

    @Order(2)
    @PhoneTest
    void screenshotAfterTheFault(Phone phone) {
        phone.client().screenshot();
    }
}
