package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ScreenExpectation;
import io.phonebench.bench.expect.RequestTargetsExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.phone.Phone;
import java.time.Duration;
import java.time.Instant;

/** text/plain answers (docs/http-interface-reference.md §2.2): shown as a text page, with the phone's default softkeys. */
class PlainTextTest {
    private static final Duration WAIT = Duration.ofSeconds(3);

    @PhoneTest
    void showsPlainTextAsTextPage(Phone phone) {
        String path = "/plain/" + phone.name() + "/note";
        phone.services().mountText(path, "Lab notice\nThe bench runs nightly at 02:00.");
        Instant since = Instant.now();

        phone.execute(phone.services().url(path));

        Judge.require(RequestTargetsExpectation.judge(phone, since, WAIT));
        Judge.require(ScreenExpectation.judge(phone));
    }
}
