package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ResponseExpectation;
import io.phonebench.bench.expect.ScreenExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.junit.Requires;
import io.phonebench.bench.phone.Capability;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.protocol.object.CiscoIPPhoneError;
import io.phonebench.protocol.object.CiscoIPPhoneObject;
import io.phonebench.protocol.object.CiscoIPPhoneResponse;
import io.phonebench.protocol.object.CiscoIPPhoneStatus;

/**
 * SDK, CiscoIPPhoneStatus: {@code Init:AppStatus} clears the Status object an application put up, on the models Cisco
 * lists as showing it; the models Cisco lists as lacking it show nothing. Where Cisco says neither (78xx), both
 * behaviours are acceptable, so neither test judges those models (docs/reference-model.md, Status object).
 */
class AppStatusTest {

    @PhoneTest
    @Requires({Capability.IMAGES, Capability.STATUS_OBJECT})
    void initAppStatusClearsStatusObject(Phone phone) {
        Judge.require(ResponseExpectation.judge(phone.push(new CiscoIPPhoneStatus("Recording", null, 0, 0,
                PushObjectsTest.stripes(16, 8)))));

        Judge.require(ResponseExpectation.judge(phone.execute("Init:AppStatus")));

        Judge.require(ScreenExpectation.judge(phone));
    }

    /**
     * A model Cisco lists without CiscoIPPhoneStatus shows nothing for one. Cisco documents no answer for an object
     * a model does not support, so any refusal passes: a CiscoIPPhoneError, or a ResponseItem with a non-zero Status.
     */
    @PhoneTest
    @Requires({Capability.IMAGES, Capability.NO_STATUS_OBJECT})
    void modelWithoutStatusObjectShowsNone(Phone phone) {
        CiscoIPPhoneStatus status = new CiscoIPPhoneStatus("Recording", null, 0, 0, PushObjectsTest.stripes(16, 8));
        CiscoIPPhoneObject answer = phone.control().pushForAnswer(status);
        phone.reference().push(status);
        boolean refused = answer instanceof CiscoIPPhoneError
                || answer instanceof CiscoIPPhoneResponse r && r.responseItems().stream().anyMatch(i -> i.status() != 0);
        Evidence seen = Evidence.xml("answer", answer.toXml());
        Judge.require(refused
                ? Verdict.passed(phone.name() + " refused CiscoIPPhoneStatus (any refusal: Cisco documents no answer"
                        + " for an unsupported object)", seen)
                : Verdict.failed(phone.name() + " took CiscoIPPhoneStatus, which Cisco lists " + phone.modelSheet().name()
                        + " as not supporting", seen));

        Judge.require(ScreenExpectation.judge(phone));
    }
}
