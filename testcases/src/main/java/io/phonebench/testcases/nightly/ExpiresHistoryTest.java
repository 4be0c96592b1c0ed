package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.RequestTargetsExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.service.ServiceResponse;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import java.time.Duration;
import java.time.Instant;

/**
 * The URL history and Expires (http-interface.md): a page already expired when it loads is not added to the
 * history, so Exit goes back to the last page that was fresh when it loaded. Going back fetches that page again,
 * which is how the bench sees where Exit went: the phone's request trace against its reference model's.
 */
class ExpiresHistoryTest {
    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final Instant LONG_AGO = Instant.parse("2001-01-01T00:00:00Z");

    @PhoneTest
    void exitSkipsPageThatExpiredAtLoad(Phone phone) {
        String fresh = mountFresh(phone, "first");
        String expired = mountExpired(phone, "expired");
        String latest = mountFresh(phone, "latest");
        Instant since = Instant.now();

        phone.execute(phone.services().url(fresh));
        phone.execute(phone.services().url(expired));
        phone.execute(phone.services().url(latest));
        phone.execute(SoftkeySlot.of(phone, "Exit"));

        // expected: first, expired, latest, then Exit fetches first again (expired was never in the history)
        Judge.require(RequestTargetsExpectation.judge(phone, since, WAIT));
    }

    @PhoneTest
    void exitFromExpiredPagesReturnsToLastFreshPage(Phone phone) {
        String fresh = mountFresh(phone, "home");
        String expiredOne = mountExpired(phone, "stale-1");
        String expiredTwo = mountExpired(phone, "stale-2");
        Instant since = Instant.now();

        phone.execute(phone.services().url(fresh));
        phone.execute(phone.services().url(expiredOne));
        phone.execute(phone.services().url(expiredTwo));
        phone.execute(SoftkeySlot.of(phone, "Exit"));

        // expected: home, stale-1, stale-2, then home again; a phone that kept stale-1 goes back there instead
        Judge.require(RequestTargetsExpectation.judge(phone, since, WAIT));
    }

    private static String mountFresh(Phone phone, String name) {
        String path = "/history/" + phone.name() + "/" + name;
        phone.services().mount(path, ServiceResponse.xml(page(name)).withExpires(Instant.now().plusSeconds(3600)));
        return path;
    }

    private static String mountExpired(Phone phone, String name) {
        String path = "/history/" + phone.name() + "/" + name;
        phone.services().mount(path, ServiceResponse.xml(page(name)).withExpires(LONG_AGO));
        return path;
    }

    private static CiscoIPPhoneText page(String name) {
        return new CiscoIPPhoneText("History", "PhoneBench", "Page " + name);
    }
}
