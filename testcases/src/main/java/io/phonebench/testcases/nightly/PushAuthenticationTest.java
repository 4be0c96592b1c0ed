package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ScreenExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.PhoneControl;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.protocol.object.CiscoIPPhoneText;

/**
 * POST /CGI/Execute needs basic authentication (docs/http-interface-reference.md §3.1): wrong or absent credentials
 * are answered
 * with {@code <CiscoIPPhoneError Number="4" />} and the object is not shown. The reference model never receives these
 * pushes, so its screen is the screen the phone must still show.
 */
class PushAuthenticationTest {
    /** The SDK's byte form of the authentication error; some clients compare the whole body to it. */
    static final String AUTHENTICATION_ERROR = "<CiscoIPPhoneError Number=\"4\" />";

    private final CiscoIPPhoneText intruder = new CiscoIPPhoneText("Intruder", "", "Must not be shown");

    @PhoneTest
    void refusesPushWithWrongPassword(Phone phone) {
        // a password of 32 random characters: no rig's password, so the phone must refuse it
        boolean refused = !phone.control().pushWithCredentials(intruder, phone.control().user(),
                java.util.UUID.randomUUID().toString().replace("-", ""));

        Judge.require(refused
                ? Verdict.passed("phone answered CiscoIPPhoneError Number=\"4\" to a wrong password")
                : Verdict.failed("expected CiscoIPPhoneError Number=\"4\" for a wrong password, the phone accepted"
                        + " the push of " + intruder.rootName()));
        Judge.require(ScreenExpectation.judge(phone));
    }

    @PhoneTest
    void refusesPushWithoutCredentials(Phone phone) {
        PhoneControl.ExecuteAnswer answer = phone.control().postExecute(intruder.toXml(), false);

        Evidence body = Evidence.text("answer without credentials", "HTTP " + answer.status() + "\n" + answer.body());
        Judge.require(answer.status() == 200 && AUTHENTICATION_ERROR.equals(answer.body().strip())
                ? Verdict.passed("phone answered " + AUTHENTICATION_ERROR + " without credentials", body)
                : Verdict.failed("expected HTTP 200 with body " + AUTHENTICATION_ERROR + " for a push without"
                        + " credentials, the phone answered HTTP " + answer.status() + " '" + answer.body() + "'",
                        body));
        Judge.require(ScreenExpectation.judge(phone));
    }
}
