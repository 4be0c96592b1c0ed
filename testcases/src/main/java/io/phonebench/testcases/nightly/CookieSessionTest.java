package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.RequestTargetsExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.junit.Requires;
import io.phonebench.bench.phone.Capability;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.service.ServiceResponse;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import java.time.Duration;
import java.time.Instant;

/**
 * The phone's cookie sessions across hosts (docs/http-interface-reference.md §2.4, Set-Cookie): at most 8 sessions,
 * one per host
 * name, a new host takes over the session idle longest, and a session ends after 30 minutes without use. Each host is
 * one address of the service host (the rig's {@code serviceHost.aliases}); what the phone kept shows in the Cookie
 * header of its next request to each host, judged against the reference model's.
 */
class CookieSessionTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    /** The main address and 8 aliases: one host more than the phone keeps sessions for. */
    private static final int HOSTS = 9;

    @PhoneTest
    void holdsEightSessionsAndReusesTheIdlestOne(Phone phone) {
        requireAliases(phone, HOSTS - 1);
        String set = "/cookie-session/" + phone.name() + "/set";
        String check = "/cookie-session/" + phone.name() + "/check";
        for (int host = 0; host < HOSTS; host++) {
            phone.services().mount(set + host, ServiceResponse.xml(page("Session " + host + " started"))
                    .withCookie("pbhost=" + host));
            phone.services().mount(check + host, page("Session " + host + " checked"));
        }
        Instant since = Instant.now();

        for (int host = 0; host < HOSTS - 1; host++) {
            phone.execute(url(phone, host, set + host));
        }
        phone.execute(url(phone, 0, check + 0));           // host 0 used again: host 1 is now idle longest
        phone.execute(url(phone, HOSTS - 1, set + (HOSTS - 1)));
        for (int host = 0; host < HOSTS; host++) {
            phone.execute(url(phone, host, check + host));
        }

        // expected: every check carries pbhost=N except host 1's, whose session host 8 took over
        Judge.require(RequestTargetsExpectation.judge(phone, since, WAIT, "Cookie"));
    }

    @PhoneTest
    @Requires(Capability.DRIVABLE_CLOCK)
    void forgetsCookiesAfterThirtyIdleMinutes(Phone phone) {
        requireAliases(phone, 1);
        String path = "/cookie-idle/" + phone.name();
        phone.services().mount(path + "/set-idle", ServiceResponse.xml(page("Idle session started"))
                .withCookie("pbidle=1"));
        phone.services().mount(path + "/set-used", ServiceResponse.xml(page("Used session started"))
                .withCookie("pbused=1"));
        phone.services().mount(path + "/check-idle", page("Idle session checked"));
        phone.services().mount(path + "/check-used", page("Used session checked"));

        phone.turnClockBack(Duration.ofMinutes(30));
        phone.execute(url(phone, 1, path + "/set-idle"));
        phone.execute(url(phone, 2, path + "/set-used"));
        phone.advanceClock(Duration.ofMinutes(29));
        phone.execute(url(phone, 2, path + "/check-used"));  // used after 29 minutes: its idle time starts again
        phone.advanceClock(Duration.ofMinutes(1));
        Instant since = Instant.now();                      // the clocks read the wall clock again
        phone.execute(url(phone, 1, path + "/check-idle"));
        phone.execute(url(phone, 2, path + "/check-used"));

        // expected: check-used carries pbused=1; check-idle, 30 minutes after its host's last use, no Cookie
        Judge.require(RequestTargetsExpectation.judge(phone, since, WAIT, "Cookie"));
    }

    /** Host 0 is the service host's main address, host N its alias N-1: cookies are kept per host name. */
    private static String url(Phone phone, int host, String path) {
        return host == 0 ? phone.services().url(path) : phone.services().url(path, host - 1);
    }

    private static void requireAliases(Phone phone, int count) {
        if (phone.services().aliases().size() < count) {
            throw new IllegalStateException("expected at least " + count + " service host aliases (one host name"
                    + " per cookie session), the rig has " + phone.services().aliases().size() + ": add serviceHost:"
                    + " aliases: [127.0.0.2, ...] to the rig file");
        }
    }

    private static CiscoIPPhoneText page(String text) {
        return new CiscoIPPhoneText("Cookies", "PhoneBench", text);
    }
}
