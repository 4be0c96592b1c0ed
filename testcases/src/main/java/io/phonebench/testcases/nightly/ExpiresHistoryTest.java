package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.RequestTargetsExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.junit.Requires;
import io.phonebench.bench.phone.Capability;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.service.ServiceResponse;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import java.time.Duration;
import java.time.Instant;

/**
 * The URL history and Expires (docs/http-interface-reference.md §2.3): a page already expired when it loads is not
 * added to the
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

    /**
     * Seed, Expires: freshness is judged when the page loads, not at Exit. A page that expires a few seconds after
     * it loaded is still where Exit goes back to. The clocks are driven past its expiry, so nothing is waited for.
     */
    @PhoneTest
    @Requires(Capability.DRIVABLE_CLOCK)
    void exitReturnsToPageThatExpiredAfterItLoaded(Phone phone) {
        Duration behind = Duration.ofSeconds(30);
        String shortLived = "/history/" + phone.name() + "/short-lived";
        phone.services().mount(shortLived, ServiceResponse.xml(page("short-lived"))
                .withExpires(Instant.now().minus(behind).plusSeconds(5)));   // 5 s after it loads, on the phone's clock
        String next = mountFresh(phone, "after-short-lived");

        phone.turnClockBack(behind);
        phone.execute(phone.services().url(shortLived));
        phone.execute(phone.services().url(next));
        phone.advanceClock(Duration.ofSeconds(10));
        phone.execute(SoftkeySlot.of(phone, "Exit"));
        phone.advanceClock(behind.minusSeconds(10));

        long expected = phone.reference().requests().stream().filter(f -> f.path().equals(shortLived))
                .count();
        long made = phone.requests().stream().filter(r -> r.path().equals(shortLived)).count();
        Judge.require(made == expected
                ? Verdict.passed(phone.name() + " went back to " + shortLived + " as its reference model")
                : Verdict.failed(phone.name() + " fetched " + shortLived + " " + made + " time(s), expected " + expected
                        + ": Exit judged Expires again instead of at load"));
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
