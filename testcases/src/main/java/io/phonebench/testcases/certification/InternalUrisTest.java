package io.phonebench.testcases.certification;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ResponseExpectation;
import io.phonebench.bench.expect.ScreenExpectation;
import io.phonebench.bench.expect.RequestTargetsExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.Pushed;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.protocol.object.CiscoIPPhoneError;
import io.phonebench.protocol.object.CiscoIPPhoneExecute;
import io.phonebench.protocol.object.CiscoIPPhoneMenu;
import io.phonebench.protocol.object.CiscoIPPhoneObject;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import io.phonebench.protocol.object.ExecuteItem;
import io.phonebench.protocol.object.MenuItem;
import io.phonebench.protocol.object.SoftKeyItem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The certification row per internal URI kind: each is executed on the phone and on its reference model, and the
 * phone's answer, screen and (where the URI fetches) request trace are judged against the model's.
 */
class InternalUrisTest {
    private static final Duration FETCH_WAIT = Duration.ofSeconds(3);

    @PhoneTest
    void keyServicesReturnsToIdle(Phone phone) {
        phone.push(new CiscoIPPhoneText("Certify Key", null, "Leave with Key:Services"));

        Pushed pushed = phone.execute("Key:Services");

        Judge.require(ResponseExpectation.judge(pushed));
        Judge.require(ScreenExpectation.judge(phone));
    }

    @PhoneTest
    void softkeyPressFetchesItsUrl(Phone phone) {
        String target = "/certify/uri/softkey-" + phone.name();
        phone.services().mount(target, new CiscoIPPhoneText("Softkey target", null, "Fetched by Key:Soft1"));
        phone.push(new CiscoIPPhoneText("Certify softkey", null, "Press the first softkey")
                .withSoftKeys(List.of(new SoftKeyItem("Go", phone.services().url(target), 1))));
        Instant since = Instant.now();

        Pushed pushed = phone.execute("Key:Soft1");

        Judge.require(ResponseExpectation.judge(pushed));
        Judge.require(RequestTargetsExpectation.judgeWithSdkHeaders(phone, since, FETCH_WAIT));
        Judge.require(ScreenExpectation.judge(phone));
    }

    /** SDK fact (DN911-URI): SoftKey URIs act on a displayed object and are not allowed in an Execute. */
    @PhoneTest
    void refusesSoftKeyUriInExecute(Phone phone) {
        phone.push(new CiscoIPPhoneText("Certify SoftKey:", null, "Stays: SoftKey:Exit is refused"));
        CiscoIPPhoneExecute execute = new CiscoIPPhoneExecute(List.of(new ExecuteItem("SoftKey:Exit")));

        CiscoIPPhoneObject answer = phone.control().pushForAnswer(execute);

        Evidence evidence = Evidence.xml("answer to an Execute of SoftKey:Exit", answer.toXml());
        Judge.require(answer instanceof CiscoIPPhoneError error && error.number() == CiscoIPPhoneError.PARSE
                ? Verdict.passed("SoftKey:Exit in an Execute refused with CiscoIPPhoneError Number=\"1\"", evidence)
                : Verdict.failed(phone.name() + " accepted SoftKey:Exit in an Execute: expected CiscoIPPhoneError "
                        + "Number=\"1\", saw " + answer.rootName(), evidence));
        Judge.require(ScreenExpectation.judge(phone));
    }

    @PhoneTest
    void initServicesClosesTheApplication(Phone phone) {
        phone.push(new CiscoIPPhoneText("Certify Init", null, "Closed by Init:Services"));

        Pushed pushed = phone.execute("Init:Services");

        Judge.require(ResponseExpectation.judge(pushed));
        Judge.require(ScreenExpectation.judge(phone));
    }

    @PhoneTest
    void dialAnswersAsTheModel(Phone phone) {
        Pushed pushed = phone.execute("Dial:1000");

        Judge.require(ResponseExpectation.judge(pushed));
    }

    @PhoneTest
    void queryStringParamExtendsTheSelectedItemUrl(Phone phone) {
        String target = "/certify/uri/query-" + phone.name();
        phone.services().mount(target, new CiscoIPPhoneText("Query target", null, "Fetched with a parameter"));
        phone.push(new CiscoIPPhoneMenu("Certify query", null, List.of(
                new MenuItem("Read", phone.services().url(target))))
                .withSoftKeys(List.of(new SoftKeyItem("Read", "QueryStringParam:message=1", 1))));
        Instant since = Instant.now();

        Pushed pushed = phone.execute("Key:Soft1");

        Judge.require(ResponseExpectation.judge(pushed));
        Judge.require(RequestTargetsExpectation.judgeWithSdkHeaders(phone, since, FETCH_WAIT));
    }

    @PhoneTest
    void executeOfAServiceUrlFetchesIt(Phone phone) {
        String target = "/certify/uri/url-" + phone.name();
        phone.services().mount(target, new CiscoIPPhoneText("URL target", null, "Fetched by an ExecuteItem URL"));
        Instant since = Instant.now();

        Pushed pushed = phone.execute(phone.services().url(target));

        Judge.require(ResponseExpectation.judge(pushed));
        Judge.require(RequestTargetsExpectation.judgeWithSdkHeaders(phone, since, FETCH_WAIT));
        Judge.require(ScreenExpectation.judge(phone));
    }
}
