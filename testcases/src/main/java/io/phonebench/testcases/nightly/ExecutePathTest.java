package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ScreenExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.PhoneControl;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.protocol.object.CiscoIPPhoneResponse;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import java.util.Optional;

/**
 * Seed, "The phone as HTTP server": the push path {@code /CGI/Execute} and the form field {@code XML} are
 * case-sensitive. A push to {@code /cgi/execute}, or with the object in a field {@code xml}, runs nothing: any
 * answer but a CiscoIPPhoneResponse passes (Cisco documents neither a 404 nor an error number for it), and the
 * screen stays the reference model's, which never received the object.
 */
class ExecutePathTest {
    private final CiscoIPPhoneText object = new CiscoIPPhoneText("Case", "", "Must not be shown");

    @PhoneTest
    void ignoresPushToLowerCasePath(Phone phone) {
        PhoneControl.ExecuteAnswer answer = phone.control().postExecute("/cgi/execute", "XML", object.toXml(), true);

        judge(phone, answer, "POST /cgi/execute");
    }

    @PhoneTest
    void ignoresObjectInLowerCaseField(Phone phone) {
        PhoneControl.ExecuteAnswer answer = phone.control().postExecute("/CGI/Execute", "xml", object.toXml(), true);

        judge(phone, answer, "form field xml");
    }

    private static void judge(Phone phone, PhoneControl.ExecuteAnswer answer, String what) {
        Evidence body = Evidence.text("answer to " + what, "HTTP " + answer.status() + "\n" + answer.body());
        Judge.require(answer.object() instanceof CiscoIPPhoneResponse
                ? Verdict.failed("expected " + what + " to run nothing (the path and field are case-sensitive), the"
                        + " phone answered CiscoIPPhoneResponse: " + answer.body(), body)
                : Verdict.passed(phone.name() + " ran nothing for " + what, body));
        Judge.require(ScreenExpectation.judge(phone));
    }
}
