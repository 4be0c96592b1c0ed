package io.phonebench.testcases.parallelfixture;

import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.lab.RigSession;
import io.phonebench.bench.phone.Phone;
import io.phonebench.protocol.exchange.RecordedRequest;
import io.phonebench.protocol.object.CiscoIPPhoneExecute;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Every phone of the run must be in this test at the same time: each waits at a latch the others count down, so a
 * run that drives phones one after another fails here (after the bounded wait) instead of passing by chance. While
 * all are in, each has the phone fetch its own route and checks its view of the service host recorded its phone's
 * requests and nothing of the others'.
 */
public class OverlapScenario {
    /** Set by the test that runs the scenario: how many phones must meet, and how long each waits for the rest. */
    public static volatile CountDownLatch inFlight = new CountDownLatch(0);
    public static volatile CountDownLatch fetched = new CountDownLatch(0);
    public static final Duration MEETING_DEADLINE = Duration.ofSeconds(60);

    @PhoneTest
    void everyPhoneIsInFlightAtOnceAndSeesOnlyItsOwnRequests(Phone phone, RigSession session)
            throws InterruptedException {
        phone.services().mount("/mine/" + phone.name(), new CiscoIPPhoneText(phone.name(), "", "served to " + phone.name()));
        meet(inFlight, phone, "started");

        phone.push(CiscoIPPhoneExecute.fetch(phone.services().url("/mine/" + phone.name())));
        RecordedRequest fetch = phone.services().takeRequest(Duration.ofSeconds(10));
        meet(fetched, phone, "fetched");

        Set<String> others = session.phones().stream().map(Phone::address).filter(a -> !a.equals(phone.address()))
                .collect(Collectors.toSet());
        List<RecordedRequest> seen = phone.services().requests();
        if (!fetch.from().equals(phone.address()) || seen.stream()
                .anyMatch(r -> others.contains(r.from()))) {
            throw new AssertionError(phone.name() + " at " + phone.address() + " saw another phone's requests: "
                    + seen.stream().map(RecordedRequest::line).toList());
        }
    }

    private static void meet(CountDownLatch latch, Phone phone, String what) throws InterruptedException {
        latch.countDown();
        if (!latch.await(MEETING_DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError(phone.name() + " " + what + ", but " + latch.getCount() + " other phone(s) did"
                    + " not within " + MEETING_DEADLINE.toSeconds() + " s: the phones did not run at once");
        }
    }
}
