package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ResponseExpectation;
import io.phonebench.bench.expect.ScreenExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.Pushed;
import io.phonebench.protocol.object.CiscoIPPhoneMenu;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import io.phonebench.protocol.object.MenuItem;
import io.phonebench.protocol.object.SoftKeyItem;
import java.util.List;

/**
 * Custom softkeys (docs/xml-object-reference.md §2.3): a SoftKeyItem replaces the defaults and its Name is the label
 * drawn in
 * full. Judged on the screen against the reference model's rendering.
 */
class SoftkeyLabelTest {

    @PhoneTest
    void showsCustomSoftkeyLabelsInFull(Phone phone) {
        CiscoIPPhoneText text = new CiscoIPPhoneText("Softkeys", "PhoneBench", "Custom labels").withSoftKeys(List.of(
                new SoftKeyItem("Details", "SoftKey:Update", 1),
                new SoftKeyItem("Close", "SoftKey:Exit", 2)));

        Pushed pushed = phone.push(text);

        Judge.require(ResponseExpectation.judge(pushed));
        Judge.require(ScreenExpectation.judge(phone));
    }

    @PhoneTest
    void showsCustomSoftkeysOfMenuInFull(Phone phone) {
        CiscoIPPhoneMenu menu = new CiscoIPPhoneMenu("Softkeys", "PhoneBench", List.of(
                new MenuItem("Directory", "Key:Directories"), new MenuItem("Messages", "Key:Messages")))
                .withSoftKeys(List.of(new SoftKeyItem("Choose", "SoftKey:Select", 1),
                        new SoftKeyItem("Cancel", "SoftKey:Exit", 2)));

        Pushed pushed = phone.push(menu);

        Judge.require(ResponseExpectation.judge(pushed));
        Judge.require(ScreenExpectation.judge(phone));
    }
}
