package com.example.lab.smoke;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ResponseExpectation;
import io.phonebench.bench.expect.ScreenExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.Pushed;
import io.phonebench.protocol.object.CiscoIPPhoneText;

/** The lab's own check: every phone acknowledges the lab's welcome text and shows it as its reference model does. */
class WelcomeScreenTest {

    @PhoneTest
    void showsTheLabWelcome(Phone phone) {
        Pushed pushed = phone.push(new CiscoIPPhoneText("Example Lab", "Welcome", "Phone " + phone.name()));

        Judge.require(ResponseExpectation.judge(pushed));
        Judge.require(ScreenExpectation.judge(phone));
    }
}
