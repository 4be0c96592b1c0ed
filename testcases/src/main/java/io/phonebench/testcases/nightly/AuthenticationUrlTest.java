package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ResponseExpectation;
import io.phonebench.bench.expect.ScreenExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.PhoneControl;
import io.phonebench.bench.service.AuthenticationService;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.protocol.device.NetworkConfiguration;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import java.util.List;
import java.util.Optional;

/**
 * The Authentication URL (seed, "The phone as HTTP server"; Cisco's Application Development Notes, "Authentication"):
 * the phone forwards a push's credentials (UserID, Password, devicename) to the URL its NetworkConfigurationX shows,
 * and runs the push only when the answer is exactly {@code AUTHORIZED}; {@code UN-AUTHORIZED}, extra text or no
 * answer give {@code <CiscoIPPhoneError Number="4" />}. The bench's service host is that URL: in a lab, set the
 * phones' Authentication URL in CUCM to the service host's, or point the service host's route at your own service.
 */
class AuthenticationUrlTest {
    private final CiscoIPPhoneText object = new CiscoIPPhoneText("Authenticated", "", "Only when AUTHORIZED");

    @PhoneTest
    void forwardsPushCredentialsToItsAuthenticationUrl(Phone phone) {
        NetworkConfiguration network = requireServiceHostAsAuthenticationUrl(phone);

        Judge.require(ResponseExpectation.judge(phone.push(object)));

        // by devicename: a phone need not send the check from the address it serves pushes on
        String device = network.hostName().orElse("(no HostName)");
        List<AuthenticationService.Check> checks = phone.services().authentication().checks().stream()
                .filter(c -> c.deviceName().equals(device)).toList();
        String user = phone.control().user();
        Evidence seen = Evidence.text("authentication checks", checks.toString());
        Judge.require(checks.stream().anyMatch(c -> c.userId().equals(user))
                ? Verdict.passed(phone.name() + " forwarded UserID " + user + " and devicename " + device, seen)
                : Verdict.failed("expected the push's credentials (UserID " + user + ", devicename " + device
                        + ") at the Authentication URL, it received " + checks, seen));
    }

    @PhoneTest
    void refusesPushWhenUnAuthorized(Phone phone) {
        requireServiceHostAsAuthenticationUrl(phone);
        phone.services().authentication().answerWith("UN-AUTHORIZED");

        judgeRefused(phone, "UN-AUTHORIZED");
    }

    @PhoneTest
    void refusesPushWhenAnswerHasExtraText(Phone phone) {
        requireServiceHostAsAuthenticationUrl(phone);
        phone.services().authentication().answerWith("AUTHORIZED until Friday");

        judgeRefused(phone, "an answer with extra text");
    }

    @PhoneTest
    void refusesPushWhenAuthenticationServerDoesNotAnswer(Phone phone) {
        requireServiceHostAsAuthenticationUrl(phone);
        phone.services().authentication().answerNothing();

        judgeRefused(phone, "no answer from the authentication server");
    }

    private void judgeRefused(Phone phone, String why) {
        PhoneControl.ExecuteAnswer answer = phone.control().postExecute(object.toXml(), true);

        Evidence body = Evidence.text("answer after " + why, "HTTP " + answer.status() + "\n" + answer.body());
        Judge.require(PushAuthenticationTest.AUTHENTICATION_ERROR.equals(answer.body().strip())
                ? Verdict.passed(phone.name() + " refused the push after " + why, body)
                : Verdict.failed("expected " + PushAuthenticationTest.AUTHENTICATION_ERROR + " after " + why
                        + ", the phone answered HTTP " + answer.status() + " '" + answer.body() + "'", body));
        Judge.require(ScreenExpectation.judge(phone));
    }

    /** A phone whose Authentication URL is not the service host's cannot be judged here: a set-up fault. */
    private static NetworkConfiguration requireServiceHostAsAuthenticationUrl(Phone phone) {
        NetworkConfiguration network = phone.control().networkConfiguration();
        String shown = network.fields().getOrDefault("AuthenticationURL", "");
        String wanted = phone.services().authenticationUrl();
        if (!shown.equals(wanted)) {
            throw new IllegalStateException(phone.name() + " shows AuthenticationURL '" + shown + "' in "
                    + NetworkConfiguration.PATH + ", expected the service host's " + wanted
                    + ": set it in CUCM (Device > Phone > Authentication Server)");
        }
        return network;
    }
}
