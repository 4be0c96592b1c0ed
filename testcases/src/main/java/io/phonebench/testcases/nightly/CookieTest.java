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
import java.util.List;

/**
 * The phone's cookie session per host (docs/http-interface-reference.md §2.4, Set-Cookie): at most 4 cookies per host,
 * each at
 * most 255 bytes as name=value, and on models that say so the session ends when the application window closes. A
 * service sees what the phone kept in the Cookie header of its next request, judged against the reference model's.
 *
 * <p>The 8-session limit with LRU reuse and the 30-minute idle expiry are in {@link CookieSessionTest}.
 */
class CookieTest {
    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final List<String> NAMES = List.of("pb1", "pb2", "pb3", "pb4", "pb5", "pbfit", "pbover", "pbsid");

    @PhoneTest
    void sendsBackOnlyFourCookiesPerHost(Phone phone) {
        String forget = mountForget(phone);
        String set = "/cookie/" + phone.name() + "/five";
        phone.services().mount(set, ServiceResponse.xml(page("Five cookies set")).withCookie("pb1=one")
                .withCookie("pb2=two").withCookie("pb3=three").withCookie("pb4=four").withCookie("pb5=five"));
        String check = mountCheck(phone);
        phone.execute(phone.services().url(forget));     // before since: its request carries the last test's cookies
        Instant since = Instant.now();

        phone.execute(phone.services().url(set));
        phone.execute(phone.services().url(check));

        // expected Cookie: pb1=one; pb2=two; pb3=three; pb4=four — the fifth is refused, not swapped in
        Judge.require(RequestTargetsExpectation.judge(phone, since, WAIT, "Cookie"));
    }

    @PhoneTest
    void refusesCookieOver255Bytes(Phone phone) {
        String forget = mountForget(phone);
        String set = "/cookie/" + phone.name() + "/sizes";
        phone.services().mount(set, ServiceResponse.xml(page("Two cookies set"))
                .withCookie(pair("pbfit", 255)).withCookie(pair("pbover", 256)));
        String check = mountCheck(phone);
        phone.execute(phone.services().url(forget));     // before since: its request carries the last test's cookies
        Instant since = Instant.now();

        phone.execute(phone.services().url(set));
        phone.execute(phone.services().url(check));

        // expected Cookie: the 255-byte pbfit only
        Judge.require(RequestTargetsExpectation.judge(phone, since, WAIT, "Cookie"));
    }

    @PhoneTest
    @Requires(Capability.SESSION_CLEARS_ON_CLOSE)
    void endsSessionWhenApplicationCloses(Phone phone) {
        String forget = mountForget(phone);
        String set = "/cookie/" + phone.name() + "/session";
        phone.services().mount(set, ServiceResponse.xml(page("Session started")).withCookie("pbsid=42"));
        String check = mountCheck(phone);
        phone.execute(phone.services().url(forget));     // before since: its request carries the last test's cookies
        Instant since = Instant.now();

        phone.execute(phone.services().url(set));
        phone.execute("Key:Services");
        phone.execute(phone.services().url(check));

        // expected: no Cookie header on the request after the application closed
        Judge.require(RequestTargetsExpectation.judge(phone, since, WAIT, "Cookie"));
    }

    /**
     * The negative case of the rule above (seed, Set-Cookie): models outside 7970, 7971, 7961, 7941, 7911 keep the
     * session when the application window closes, so the cookie still goes out.
     */
    @PhoneTest
    @Requires(Capability.SESSION_KEPT_ON_CLOSE)
    void keepsSessionWhenApplicationCloses(Phone phone) {
        String forget = mountForget(phone);
        String set = "/cookie/" + phone.name() + "/kept";
        phone.services().mount(set, ServiceResponse.xml(page("Session started")).withCookie("pbsid=43"));
        String check = mountCheck(phone);
        phone.execute(phone.services().url(forget));     // before since: its request carries the last test's cookies
        Instant since = Instant.now();

        phone.execute(phone.services().url(set));
        phone.execute("Key:Services");
        phone.execute(phone.services().url(check));

        // expected: Cookie pbsid=43 still on the request after the application closed
        Judge.require(RequestTargetsExpectation.judge(phone, since, WAIT, "Cookie"));
    }

    /** A page deleting every cookie this class sets, so each test starts from the same session. */
    private static String mountForget(Phone phone) {
        String path = "/cookie/" + phone.name() + "/forget";
        ServiceResponse forget = ServiceResponse.xml(page("Cookies forgotten"));
        for (String name : NAMES) {
            forget = forget.withCookie(name + "=; Max-Age=0");
        }
        phone.services().mount(path, forget);
        return path;
    }

    private static String mountCheck(Phone phone) {
        String path = "/cookie/" + phone.name() + "/check";
        phone.services().mount(path, page("Cookies checked"));
        return path;
    }

    /** {@code name=xxx…} of exactly {@code bytes} bytes, the size the SDK limit is measured on. */
    private static String pair(String name, int bytes) {
        return name + "=" + "x".repeat(bytes - name.length() - 1);
    }

    private static CiscoIPPhoneText page(String text) {
        return new CiscoIPPhoneText("Cookies", "PhoneBench", text);
    }
}
