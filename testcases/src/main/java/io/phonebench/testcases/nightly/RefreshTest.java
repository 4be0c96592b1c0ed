package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.RequestTimingExpectation;
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
 * The Refresh response header (docs/http-interface-reference.md §2.1): {@code Refresh: N; url=U} fetches U after N
 * seconds,
 * without a URL it reloads the current page, 0 waits for the user (Next), and Update reloads the page shown. Judged on
 * the targets the phone fetched against its reference model's (not every SDK header: that is RequestHeadersTest's
 * job), and on the delay between requests with a tolerance. On a virtual phone the delay passes on its driven clock
 * and its reference model's, in no wall time; a real phone takes it in real time.
 */
class RefreshTest {
    private static final Duration TIMING_TOLERANCE = Duration.ofMillis(400);
    private static final Duration REFRESH_WAIT = Duration.ofSeconds(4);

    @PhoneTest
    void fetchesRefreshUrlAfterDelay(Phone phone) {
        String first = "/refresh/" + phone.name() + "/timed";
        String second = "/refresh/" + phone.name() + "/timed-next";
        phone.services().mount(first, ServiceResponse.xml(page("Timed", "Next page in 1 s"))
                .withRefresh(1, phone.services().url(second)));
        phone.services().mount(second, page("Timed", "Arrived"));
        Instant since = phone.beginTimedStretch(REFRESH_WAIT);

        phone.execute(phone.services().url(first));
        phone.letTimePass(REFRESH_WAIT);
        ReferenceFetches.await(phone, since, 2, REFRESH_WAIT);

        Judge.require(RequestTargetsExpectation.judge(phone, since, REFRESH_WAIT));
        Judge.require(RequestTimingExpectation.judge(phone, since, TIMING_TOLERANCE));
    }

    @PhoneTest
    void reloadsCurrentUrlWhenRefreshNamesNone(Phone phone) {
        String path = "/refresh/" + phone.name() + "/self";
        phone.services().mount(path, ServiceResponse.xml(page("Self", "Reloads in 1 s")).withRefresh(1));
        Instant since = phone.beginTimedStretch(REFRESH_WAIT);

        phone.execute(phone.services().url(path));
        // the reload must be the last: the page comes back without Refresh, so neither phone loops on
        phone.services().mount(path, page("Self", "Reloaded"));
        phone.letTimePass(REFRESH_WAIT);
        ReferenceFetches.await(phone, since, 2, REFRESH_WAIT);

        Judge.require(RequestTargetsExpectation.judge(phone, since, REFRESH_WAIT));
        Judge.require(RequestTimingExpectation.judge(phone, since, TIMING_TOLERANCE));
    }

    @PhoneTest
    void refreshOfZeroWaitsForNextSoftkey(Phone phone) {
        String first = "/refresh/" + phone.name() + "/manual";
        String second = "/refresh/" + phone.name() + "/manual-next";
        phone.services().mount(first, ServiceResponse.xml(page("Manual", "Press Next"))
                .withRefresh(0, phone.services().url(second)));
        phone.services().mount(second, page("Manual", "Arrived"));
        Instant since = Instant.now();

        phone.execute(phone.services().url(first));
        phone.execute(SoftkeySlot.of(phone, "Next"));

        // a phone that did not wait for Next fetches the second page twice
        Judge.require(RequestTargetsExpectation.judge(phone, since, REFRESH_WAIT));
    }

    @PhoneTest
    void updateSoftkeyReloadsPageShown(Phone phone) {
        String path = "/refresh/" + phone.name() + "/update";
        phone.services().mount(path, page("Update", "Press Update"));
        Instant since = Instant.now();

        phone.execute(phone.services().url(path));
        phone.execute(SoftkeySlot.of(phone, "Update"));

        Judge.require(RequestTargetsExpectation.judge(phone, since, REFRESH_WAIT));
    }

    private static CiscoIPPhoneText page(String title, String text) {
        return new CiscoIPPhoneText(title, "PhoneBench", text);
    }

    /**
     * Seed, Refresh: the timer belongs to the page that sent it. Navigating to another page before it fires cancels
     * it, so the Refresh URL is never fetched. The clocks are driven past the delay, so nothing is waited for.
     */
    @PhoneTest
    @Requires(Capability.DRIVABLE_CLOCK)
    void navigatingAwayCancelsRefresh(Phone phone) {
        String base = "/refresh/" + phone.name() + "/cancel";
        phone.services().mount(base + "/timed", ServiceResponse.xml(page("Timed", "Refresh in 2 s")).withRefresh(2,
                phone.services().url(base + "/never")));
        phone.services().mount(base + "/never", page("Timed", "Must not load"));
        phone.services().mount(base + "/other", page("Other", "Left the timed page"));

        phone.turnClockBack(Duration.ofSeconds(10));
        phone.execute(phone.services().url(base + "/timed"));
        phone.execute(phone.services().url(base + "/other"));
        phone.advanceClock(Duration.ofSeconds(10));

        String never = base + "/never";
        long expected = phone.reference().requests().stream().filter(f -> f.path().equals(never)).count();
        long made = phone.requests().stream().filter(r -> r.path().equals(never)).count();
        Judge.require(made == expected
                ? Verdict.passed(phone.name() + " fetched " + never + " " + made + " time(s), as its reference model")
                : Verdict.failed(phone.name() + " fetched " + never + " " + made + " time(s), expected " + expected
                        + ": the Refresh timer of a page left behind still fired"));
    }
}
