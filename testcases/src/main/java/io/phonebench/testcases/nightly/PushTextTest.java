package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ResponseExpectation;
import io.phonebench.bench.expect.ScreenExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.Pushed;
import io.phonebench.protocol.object.CiscoIPPhoneText;

/** Pushing a CiscoIPPhoneText: the phone acknowledges it and shows it as its reference model does. */
class PushTextTest {

    @PhoneTest
    void showsPushedText(Phone phone) {
        CiscoIPPhoneText text = new CiscoIPPhoneText("Nightly", "PhoneBench", "Pushed by PhoneBench");

        Pushed pushed = phone.push(text);

        Judge.require(ResponseExpectation.judge(pushed));
        Judge.require(ScreenExpectation.judge(phone));
    }
}
