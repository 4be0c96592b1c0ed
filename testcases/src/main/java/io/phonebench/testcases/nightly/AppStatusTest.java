package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ResponseExpectation;
import io.phonebench.bench.expect.ScreenExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.junit.Requires;
import io.phonebench.bench.phone.Capability;
import io.phonebench.bench.phone.Phone;
import io.phonebench.protocol.object.CiscoIPPhoneStatus;

/** SDK, CiscoIPPhoneStatus: {@code Init:AppStatus} clears the Status object an application put up. */
class AppStatusTest {

    @PhoneTest
    @Requires(Capability.IMAGES)
    void initAppStatusClearsStatusObject(Phone phone) {
        Judge.require(ResponseExpectation.judge(phone.push(new CiscoIPPhoneStatus("Recording", null, 0, 0,
                PushObjectsTest.stripes(16, 8)))));

        Judge.require(ResponseExpectation.judge(phone.execute("Init:AppStatus")));

        Judge.require(ScreenExpectation.judge(phone));
    }
}
