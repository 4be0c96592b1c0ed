package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ResponseExpectation;
import io.phonebench.bench.expect.ScreenExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.phone.Phone;
import io.phonebench.protocol.object.CiscoIPPhoneDirectory;
import io.phonebench.protocol.object.DirectoryEntry;
import java.util.List;

/** A CiscoIPPhoneDirectory: the highlighted entry is dialled with the Dial softkey, as on the reference model. */
class DirectoryDialTest {

    @PhoneTest
    void dialsHighlightedEntry(Phone phone) {
        CiscoIPPhoneDirectory directory = new CiscoIPPhoneDirectory("Lab", "Call whom?", List.of(
                new DirectoryEntry("Reception", "1000"),
                new DirectoryEntry("Bench", "2001")));
        Judge.require(ResponseExpectation.judge(phone.push(directory)));
        Judge.require(ResponseExpectation.judge(phone.execute("Key:NavDwn")));

        Judge.require(ResponseExpectation.judge(phone.execute(SoftkeySlot.of(phone, "Dial"))));

        Judge.require(ScreenExpectation.judge(phone));
    }
}
