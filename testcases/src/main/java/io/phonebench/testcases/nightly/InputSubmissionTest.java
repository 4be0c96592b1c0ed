package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ResponseExpectation;
import io.phonebench.bench.expect.ScreenExpectation;
import io.phonebench.bench.expect.RequestTargetsExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.phone.Phone;
import io.phonebench.protocol.object.CiscoIPPhoneInput;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import io.phonebench.protocol.object.InputFlags;
import io.phonebench.protocol.object.InputItem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A CiscoIPPhoneInput submits each field as {@code QueryStringParam=value} appended to its URL: the phone's request
 * must carry what was typed, exactly as its reference model's does.
 */
class InputSubmissionTest {
    private static final Duration TRACE_WAIT = Duration.ofSeconds(5);

    @PhoneTest
    void submitsTypedDigitsAsQueryStringParam(Phone phone) {
        String path = "/input/" + UUID.randomUUID() + "/lookup";
        phone.services().mount(path, new CiscoIPPhoneText("Lookup", "", "Submitted"));
        CiscoIPPhoneInput input = new CiscoIPPhoneInput("Lookup", "Extension?", phone.services().url(path),
                List.of(new InputItem("Extension", "ext", "", InputFlags.of('N'))));
        Judge.require(ResponseExpectation.judge(phone.push(input)));
        Instant since = Instant.now();

        // one key per Execute: Cisco does not guarantee the order of one Execute's items, and "42" needs 4 first
        Judge.require(ResponseExpectation.judge(phone.execute("Key:KeyPad4")));
        Judge.require(ResponseExpectation.judge(phone.execute("Key:KeyPad2")));
        Judge.require(ResponseExpectation.judge(phone.execute(SoftkeySlot.of(phone, "Submit"))));

        Judge.require(RequestTargetsExpectation.judgeWithSdkHeaders(phone, since, TRACE_WAIT));
        Judge.require(ScreenExpectation.judge(phone));
    }

    /** SDK, CiscoIPPhoneInput: InputFlags "NP" is a numeric password field; what is typed is shown masked. */
    @PhoneTest
    void masksPasswordFieldAsTyped(Phone phone) {
        CiscoIPPhoneInput input = new CiscoIPPhoneInput("Login", "PIN?", phone.services().url("/input/pin"),
                List.of(new InputItem("PIN", "pin", "", InputFlags.parse("NP"))));
        Judge.require(ResponseExpectation.judge(phone.push(input)));

        Judge.require(ResponseExpectation.judge(phone.execute("Key:KeyPad7", "Key:KeyPad3")));

        Judge.require(ScreenExpectation.judge(phone));
    }
}
