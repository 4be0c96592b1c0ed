package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ResponseExpectation;
import io.phonebench.bench.expect.ScreenExpectation;
import io.phonebench.bench.expect.RequestTargetsExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.Pushed;
import io.phonebench.protocol.object.CiscoIPPhoneExecute;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import io.phonebench.protocol.object.ExecuteItem;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * ExecuteItem Priority (docs/xml-object-reference.md §3.1) on a busy phone, one showing a pushed text: 0 fetches at
 * once, 1
 * waits until the phone goes idle, 2 is dropped. Each is judged against the reference model's answer, requests and
 * screen.
 */
class ExecutePriorityTest {
    private static final Duration TRACE_WAIT = Duration.ofSeconds(5);

    @PhoneTest
    void priorityZeroFetchesAtOnceWhileBusy(Phone phone) {
        String url = serve(phone, "immediately");
        makeBusy(phone);
        Instant since = Instant.now();

        Pushed pushed = phone.push(CiscoIPPhoneExecute.of(new ExecuteItem(url, ExecuteItem.EXECUTE_IMMEDIATELY)));

        Judge.require(ResponseExpectation.judge(pushed));
        Judge.require(RequestTargetsExpectation.judgeWithSdkHeaders(phone, since, TRACE_WAIT));
        Judge.require(ScreenExpectation.judge(phone));
    }

    @PhoneTest
    void priorityOneWaitsUntilIdle(Phone phone) {
        String url = serve(phone, "when-idle");
        makeBusy(phone);
        Instant since = Instant.now();

        Pushed deferred = phone.push(CiscoIPPhoneExecute.of(new ExecuteItem(url, ExecuteItem.EXECUTE_WHEN_IDLE)));
        Judge.require(ResponseExpectation.judge(deferred));
        Judge.require(ScreenExpectation.judge(phone));
        Pushed idle = phone.execute("Key:Services");

        Judge.require(ResponseExpectation.judge(idle));
        Judge.require(RequestTargetsExpectation.judgeWithSdkHeaders(phone, since, TRACE_WAIT));
        Judge.require(ScreenExpectation.judge(phone));
    }

    @PhoneTest
    void priorityTwoIsDroppedWhileBusy(Phone phone) {
        String url = serve(phone, "if-idle");
        makeBusy(phone);
        Instant since = Instant.now();

        Pushed pushed = phone.push(CiscoIPPhoneExecute.of(new ExecuteItem(url, ExecuteItem.EXECUTE_IF_IDLE)));

        Judge.require(ResponseExpectation.judge(pushed));
        Judge.require(RequestTargetsExpectation.judgeWithSdkHeaders(phone, since, TRACE_WAIT));
        Judge.require(ScreenExpectation.judge(phone));
    }

    private static String serve(Phone phone, String name) {
        String path = "/priority/" + UUID.randomUUID() + "/" + name;
        phone.services().mount(path, new CiscoIPPhoneText("Priority", name, "Fetched by priority " + name));
        return phone.services().url(path);
    }

    /** A pushed text keeps the phone out of idle. */
    private static void makeBusy(Phone phone) {
        Judge.require(ResponseExpectation.judge(phone.push(new CiscoIPPhoneText("Busy", "", "Not idle"))));
    }
}
