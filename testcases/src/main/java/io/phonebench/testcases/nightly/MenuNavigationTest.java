package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ResponseExpectation;
import io.phonebench.bench.expect.ScreenExpectation;
import io.phonebench.bench.expect.RequestTargetsExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.phone.Phone;
import io.phonebench.protocol.object.CiscoIPPhoneExecute;
import io.phonebench.protocol.object.CiscoIPPhoneMenu;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import io.phonebench.protocol.object.MenuItem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Moving through a menu with Key: URIs (softkeys by their Key:SoftN slot): Select fetches the highlighted item's
 * URL, Exit goes back to the menu through the URL history. The phone's requests and screens are judged against its reference model's.
 */
class MenuNavigationTest {
    private static final Duration TRACE_WAIT = Duration.ofSeconds(5);

    @PhoneTest
    void selectFetchesHighlightedItemUrl(Phone phone) {
        String base = "/menu-nav/" + UUID.randomUUID();
        phone.services().mount(base + "/first", new CiscoIPPhoneText("First", "", "First item"));
        phone.services().mount(base + "/second", new CiscoIPPhoneText("Second", "", "Second item"));
        Judge.require(ResponseExpectation.judge(phone.push(menu(phone, base))));
        Instant since = Instant.now();

        // one key per Execute: Cisco does not guarantee the order of one Execute's items
        Judge.require(ResponseExpectation.judge(phone.execute("Key:NavDwn")));
        Judge.require(ResponseExpectation.judge(phone.execute(SoftkeySlot.of(phone, "Select"))));

        Judge.require(RequestTargetsExpectation.judgeWithSdkHeaders(phone, since, TRACE_WAIT));
        Judge.require(ScreenExpectation.judge(phone));
    }

    @PhoneTest
    void exitReturnsToMenuFetchedOverHttp(Phone phone) {
        String base = "/menu-nav/" + UUID.randomUUID();
        phone.services().mount(base + "/menu", menu(phone, base));
        phone.services().mount(base + "/first", new CiscoIPPhoneText("First", "", "First item"));
        phone.services().mount(base + "/second", new CiscoIPPhoneText("Second", "", "Second item"));
        Instant since = Instant.now();
        Judge.require(ResponseExpectation.judge(phone.push(CiscoIPPhoneExecute.fetch(
                phone.services().url(base + "/menu")))));
        Judge.require(ResponseExpectation.judge(phone.execute(SoftkeySlot.of(phone, "Select"))));

        Judge.require(ResponseExpectation.judge(phone.execute(SoftkeySlot.of(phone, "Exit"))));

        Judge.require(RequestTargetsExpectation.judgeWithSdkHeaders(phone, since, TRACE_WAIT));
        Judge.require(ScreenExpectation.judge(phone));
    }

    private static CiscoIPPhoneMenu menu(Phone phone, String base) {
        return new CiscoIPPhoneMenu("Navigation", "Choose", List.of(
                new MenuItem("First", phone.services().url(base + "/first")),
                new MenuItem("Second", phone.services().url(base + "/second"))));
    }
}
