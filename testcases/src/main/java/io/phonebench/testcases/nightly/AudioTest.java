package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ResponseExpectation;
import io.phonebench.bench.phone.Pushed;
import io.phonebench.bench.expect.RequestTimingExpectation;
import io.phonebench.bench.expect.RequestTargetsExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.service.ServiceResponse;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * audio/basic answers (docs/http-interface-reference.md §2.2): the phone plays the clip (8 kHz µ-law, at most 5 s) and
 * honours
 * the response's Refresh header, which is how services move on after a sound. The bench hears no audio; it judges the
 * fetch of the clip and the timed fetch that follows it.
 */
class AudioTest {
    private static final Duration WAIT = Duration.ofSeconds(4);
    private static final Duration TIMING_TOLERANCE = Duration.ofMillis(400);
    /** Half a second of µ-law silence. */
    private static final int CLIP_BYTES = 4000;

    @PhoneTest
    void playsClipThenFollowsItsRefresh(Phone phone) {
        String clip = "/audio/" + phone.name() + "/chime";
        String after = "/audio/" + phone.name() + "/after";
        byte[] silence = new byte[CLIP_BYTES];
        Arrays.fill(silence, (byte) 0xFF);
        phone.services().mount(clip, ServiceResponse.audio(silence).withRefresh(1, phone.services().url(after)));
        phone.services().mount(after, new CiscoIPPhoneText("Audio", "PhoneBench", "After the chime"));
        Instant since = phone.beginTimedStretch(WAIT);   // a virtual phone lets the delay pass on its clock

        phone.execute(phone.services().url(clip));
        phone.letTimePass(WAIT);
        ReferenceFetches.await(phone, since, 2, WAIT);

        Judge.require(RequestTargetsExpectation.judge(phone, since, WAIT));
        Judge.require(RequestTimingExpectation.judge(phone, since, TIMING_TOLERANCE));
    }

    /**
     * Seed, Content-Type audio/basic: a clip is at most 5 s. Six seconds of 8 kHz µ-law is refused, which the
     * Execute's answer for the clip's URL shows, as the reference model's does.
     */
    @PhoneTest
    void refusesClipLongerThanFiveSeconds(Phone phone) {
        String clip = "/audio/" + phone.name() + "/too-long";
        byte[] sixSeconds = new byte[6 * 8000];
        Arrays.fill(sixSeconds, (byte) 0xFF);
        phone.services().mount(clip, ServiceResponse.audio(sixSeconds));

        Pushed pushed = phone.execute(phone.services().url(clip));

        Judge.require(ResponseExpectation.judge(pushed));
    }
}
