package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.RequestTargetsExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.service.ServiceResponse;
import io.phonebench.protocol.object.CiscoIPPhoneMenu;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import io.phonebench.protocol.object.MenuItem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A relative URL in a fetched page resolves against that page's own URL (RFC 3986 §5, as for any HTTP client), not
 * against the server root: a menu at /relative/ID/dir/menu.xml with item {@code next.xml} leads to
 * /relative/ID/dir/next.xml.
 */
class RelativeUrlTest {
    private static final Duration WAIT = Duration.ofSeconds(3);

    @PhoneTest
    void resolvesMenuItemAgainstPageUrl(Phone phone) {
        String dir = "/relative/" + UUID.randomUUID() + "/dir/";
        phone.services().mount(dir + "menu.xml", ServiceResponse.xml(new CiscoIPPhoneMenu("Relative", "Pick",
                List.of(new MenuItem("Next", "next.xml")))));
        phone.services().mount(dir + "next.xml", new CiscoIPPhoneText("Relative", "", "Resolved against the page"));
        Instant since = Instant.now();

        phone.execute(phone.services().url(dir + "menu.xml"));
        phone.execute(SoftkeySlot.of(phone, "Select"));

        Judge.require(RequestTargetsExpectation.judge(phone, since, WAIT));
    }
}
