package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ResponseExpectation;
import io.phonebench.bench.expect.ScreenExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.junit.Requires;
import io.phonebench.bench.phone.Capability;
import io.phonebench.bench.phone.ConsoleWatch;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
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
     * entry). The phone's console announces each call; the numbers are fresh per run so no earlier call matches.
     */
    @PhoneTest
    @Requires(Capability.CONSOLE)
    void dialsNumberOfHighlightedEntry(Phone phone) {
        String first = "1" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        String second = "2" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        CiscoIPPhoneDirectory directory = new CiscoIPPhoneDirectory("Lab", "Call whom?", List.of(
                new DirectoryEntry("Reception", first), new DirectoryEntry("Bench", second)));
        phone.push(directory);
        phone.execute("Key:NavDwn");

        phone.execute(SoftkeySlot.of(phone, "Dial"));

        List<String> dials = phone.reference().dialledNumbers();
        String expected = dials.isEmpty() ? "(nothing)" : dials.get(dials.size() - 1);
        ConsoleWatch.ConsoleLine call = phone.consoleWatch().orElseThrow().expect(Pattern.compile("call: dialling (" + first + "|"
                + second + ")"), DIAL_WAIT);
        String dialled = call.groups().get(0);
        Evidence line = Evidence.text("console (" + phone.name() + ")", call.line());
        Judge.require(dialled.equals(expected)
                ? Verdict.passed(phone.name() + " dialled " + dialled + ", the highlighted entry", line)
                : Verdict.failed(phone.name() + " dialled " + dialled + ", expected " + expected
                        + " (the highlighted entry)", line));
    }

    private static final Duration DIAL_WAIT = Duration.ofSeconds(3);
}
