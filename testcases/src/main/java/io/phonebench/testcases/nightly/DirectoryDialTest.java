package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ResponseExpectation;
import io.phonebench.bench.expect.ScreenExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import java.util.concurrent.ThreadLocalRandom;
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

    /**
     * The number dialled is the highlighted entry's Telephone (SDK, CiscoIPPhoneDirectory: "Dial" calls the selected
     * entry). What a real phone shows is judged: a Dial places a call (Notes 9.1.1, "Internal URI Features", Dial:
     * "initiates a new call to a specified number"), so the phone goes off hook and shows the call plane with the
     * number being dialled; the screen is compared with the reference model's call plane (virtual phones) or the
     * recorded baseline (real phones). The numbers are fresh per run. A console, where the phone has one, is
     * attached as supplementary evidence only: its wording is the emulator's, not Cisco's. The bench's per-test
     * reset hangs up (Key:Onhook).
     */
    @PhoneTest
    void dialsNumberOfHighlightedEntry(Phone phone) {
        String first = "1" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        String second = "2" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        CiscoIPPhoneDirectory directory = new CiscoIPPhoneDirectory("Lab", "Call whom?", List.of(
                new DirectoryEntry("Reception", first), new DirectoryEntry("Bench", second)));
        phone.push(directory);
        phone.execute("Key:NavDwn");

        phone.execute(SoftkeySlot.of(phone, "Dial"));

        Verdict screen = ScreenExpectation.judge(phone);
        String expected = second + " (the highlighted entry)";
        Verdict judged = screen.passed()
                ? new Verdict(screen.outcome(), phone.name() + " shows the call plane dialling " + expected,
                        screen.evidence())
                : new Verdict(screen.outcome(), phone.name() + " after Dial, expected the call plane dialling "
                        + expected + ": " + screen.summary(), screen.evidence());
        if (phone.consoleWatch().isPresent()) {
            judged = judged.with(Evidence.text("console tail, supplementary (" + phone.name() + ")",
                    String.join("\n", phone.consoleWatch().get().tail(CONSOLE_LINES))));
        }
        Judge.require(judged);
    }

    private static final int CONSOLE_LINES = 20;
}
