package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ResponseExpectation;
import io.phonebench.bench.expect.ScreenExpectation;
import io.phonebench.bench.expect.RequestTargetsExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.junit.Requires;
import io.phonebench.bench.phone.Capability;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.PhoneControl;
import io.phonebench.bench.phone.Pushed;
import io.phonebench.bench.service.ServiceResponse;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.bench.phone.ModelSheet;
import io.phonebench.protocol.object.CipBitmap;
import io.phonebench.protocol.object.CiscoIPPhoneError;
import io.phonebench.protocol.object.CiscoIPPhoneExecute;
import io.phonebench.protocol.object.CiscoIPPhoneImage;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The push limit belongs to the phone model (seed: 512 bytes on 79xx-era firmware; 40 KB in the 9.1.1+ notes): the
 * phone refuses a larger object when it arrives, and the SDK's way round the limit, an Execute pointing at the large
 * object served over HTTP, works. That PhoneClient refuses such an object before sending is the bench's own
 * behaviour, tested once by PhoneClientTest, not every night on the phones.
 */
class PushLimitTest {
    private static final Duration TRACE_WAIT = Duration.ofSeconds(5);

    @PhoneTest
    @Requires(Capability.CLASSIC_FIRMWARE)
    void phoneRefusesObjectOverPushLimitWhenSentRaw(Phone phone) {
        CiscoIPPhoneText oversized = oversizedText(phone.modelSheet());

        PhoneControl.ExecuteAnswer answer = phone.control().postExecute(oversized.toXml(), true);

        Evidence body = Evidence.text("answer to " + oversized.pushBytes() + " bytes", "HTTP " + answer.status()
                + "\n" + answer.body());
        Judge.require(answer.object() instanceof CiscoIPPhoneError
                ? Verdict.passed("phone refused " + oversized.pushBytes() + " bytes with " + answer.body(), body)
                : Verdict.failed("expected a CiscoIPPhoneError for " + oversized.pushBytes() + " bytes over the "
                        + phone.modelSheet().pushLimitBytes() + "-byte limit, the phone answered " + answer.body(), body));
        Judge.require(ScreenExpectation.judge(phone));
    }

    /** Current Cisco documentation (9.1.1 and later, 78xx/88xx): 40 KB pushes; just over that is refused. */
    @PhoneTest
    @Requires(Capability.CURRENT_FIRMWARE)
    void currentPhoneRefusesObjectJustOverItsLimitWhenSentRaw(Phone phone) {
        phoneRefusesObjectOverPushLimitWhenSentRaw(phone);
    }

    @PhoneTest
    @Requires(Capability.IMAGES)
    void showsImageOverPushLimitThroughExecuteIndirection(Phone phone) {
        CiscoIPPhoneImage large = largeImage(phone.modelSheet());
        String path = "/push-limit/" + UUID.randomUUID() + "/image.xml";
        phone.services().mount(path, ServiceResponse.xml(large));
        Instant since = Instant.now();

        Pushed pushed = phone.push(CiscoIPPhoneExecute.fetch(phone.services().url(path)));

        Judge.require(ResponseExpectation.judge(pushed));
        Judge.require(RequestTargetsExpectation.judgeWithSdkHeaders(phone, since, TRACE_WAIT));
        Judge.require(ScreenExpectation.judge(phone));
    }

    /** A text object just over the model's push limit: 64 bytes over on 79xx, one byte over on current phones. */
    private static CiscoIPPhoneText oversizedText(ModelSheet model) {
        int limit = model.pushLimitBytes();
        CiscoIPPhoneText empty = new CiscoIPPhoneText("Too big", "", "");
        int over = model.currentGeneration() ? 1 : 64;
        int pad = limit + over - empty.toXml().getBytes(StandardCharsets.UTF_8).length;
        return new CiscoIPPhoneText("Too big", "", "x".repeat(pad));
    }

    /** The model's whole service area in 2-bit grey: far over 512 bytes on every model with one. */
    private static CiscoIPPhoneImage largeImage(ModelSheet model) {
        ModelSheet.DisplaySize area = model.display().orElseThrow();
        int width = Math.min(area.width(), 128);
        int height = Math.min(area.height(), 64);
        CipBitmap stripes = PushObjectsTest.stripes(width, height);
        return new CiscoIPPhoneImage("Large image", "via Execute", 0, 0, stripes);
    }
}
