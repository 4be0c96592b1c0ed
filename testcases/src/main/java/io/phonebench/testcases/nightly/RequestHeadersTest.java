package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ModelHeadersExpectation;
import io.phonebench.bench.expect.RequestTargetsExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.phone.Phone;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import java.time.Duration;
import java.time.Instant;

/**
 * The headers every GET carries (seed, HTTP interface chapter, "The phone as HTTP client"): x-CiscoIPPhoneModelName,
 * x-CiscoIPPhoneDisplay (every model; any well-formed tuple for models Cisco gives no services area),
 * x-CiscoIPPhoneSDKVersion, Accept, Accept-Charset and Accept-Language, each meaning what the catalog lists for the
 * model (spelling, spacing and q-values may differ within the SDK's latitude).
 */
class RequestHeadersTest {
    private static final Duration WAIT = Duration.ofSeconds(3);

    @PhoneTest
    void sendsHeadersOfItsModel(Phone phone) {
        String path = "/headers/" + phone.name() + "/page";
        phone.services().mount(path, new CiscoIPPhoneText("Headers", "PhoneBench", "Headers checked"));

        phone.execute(phone.services().url(path));

        Judge.require(ModelHeadersExpectation.judge(phone, LastRequest.to(phone, path)));
    }

    @PhoneTest
    void sendsSameHeadersOnEveryRequest(Phone phone) {
        String menu = "/headers/" + phone.name() + "/first";
        String next = "/headers/" + phone.name() + "/second";
        phone.services().mount(menu, new CiscoIPPhoneText("Headers", "PhoneBench", "First"));
        phone.services().mount(next, new CiscoIPPhoneText("Headers", "PhoneBench", "Second"));
        Instant since = Instant.now();

        phone.execute(phone.services().url(menu));
        phone.execute(phone.services().url(next));

        Judge.require(RequestTargetsExpectation.judgeWithSdkHeaders(phone, since, WAIT));
        Judge.require(ModelHeadersExpectation.judge(phone, LastRequest.to(phone, next)));
    }
}
