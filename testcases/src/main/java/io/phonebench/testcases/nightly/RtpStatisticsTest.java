package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ResponseExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.junit.Requires;
import io.phonebench.bench.phone.Capability;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.rtp.RtpComparison;
import io.phonebench.bench.rtp.RtpJudgement;
import io.phonebench.bench.rtp.StreamFigures;
import io.phonebench.bench.wait.PhoneWait;
import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.rtp.Impairment;
import io.phonebench.drivers.rtp.RtpEndpoint;
import io.phonebench.drivers.rtp.RtpReceiver;
import io.phonebench.drivers.rtp.RtpSender;
import io.phonebench.drivers.rtp.SendPlan;
import io.phonebench.protocol.device.StreamingStatistics;
import io.phonebench.protocol.rtp.ReceptionReport;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * Voice path: the bench streams G.711 to the phone (RTPRx:) and receives the phone's stream (RTPTx:); the phone's
 * StreamingStatisticsX must report what the bench measured on the wire, within RFC 3550 tolerances; a busy
 * direction and RTPRx:Stop answer as documented.
 */
@Requires(Capability.RTP)
class RtpStatisticsTest {
    /** Even port in 20480-32768, the range RTP URIs allow. */
    private static final int PHONE_PORT = 24680;

    @PhoneTest
    void reportsCleanStreamAsTheBenchSentIt(Phone phone) {
        receiveAndJudge(phone, Impairment.NONE, "clean");
    }

    @PhoneTest
    void reportsTwoPercentLossAsTheBenchMeasuredIt(Phone phone) {
        receiveAndJudge(phone, Impairment.seeded(2).withLoss(2), "2 % loss");
    }

    @PhoneTest
    void reportsWhatItSentAsTheBenchReceivedIt(Phone phone) {
        InetAddress bench = benchAddress(phone);
        try (RtpEndpoint endpoint = RtpEndpoint.openForUri(bench)) {
            RtpReceiver receiver = endpoint.receive(Impairment.NONE);
            Judge.require(ResponseExpectation.judge(phone.execute("RTPTx:" + bench.getHostAddress() + ":"
                    + endpoint.local().getPort())));
            try {
                receiver.awaitReport(r -> r.expected() >= 40, "40 packets from " + phone.name(),
                        Duration.ofSeconds(5));
                // The phone keeps sending: its page is read between two looks at the bench's count, so the figure it
                // reports must lie between them whatever the machine's timing.
                ReceptionReport before = receiver.report();
                StreamingStatistics page = phone.client().streamingStatistics(1);
                ReceptionReport after = receiver.report();
                long sent = page.senderPackets().orElseThrow(() -> new AssertionError(phone.name()
                        + " StreamingStatisticsX?1 has no SenderPackets while transmitting"));
                if (sent < before.expected() || sent > after.expected() + 1) {
                    throw new AssertionError(phone.name() + " says it sent " + sent + " RTP packets; the bench saw "
                            + before.expected() + " before reading StreamingStatisticsX and " + after.expected()
                            + " after");
                }
            } finally {
                phone.execute("RTPTx:Stop");
            }
        }
    }

    @PhoneTest
    void refusesSecondReceiveStreamAndGoesIdleOnStop(Phone phone) {
        String bench = benchAddress(phone).getHostAddress();
        Judge.require(ResponseExpectation.judge(phone.execute("RTPRx:" + bench + ":" + PHONE_PORT)));
        try {
            Judge.require(ResponseExpectation.judge(phone.execute("RTPRx:" + bench + ":" + (PHONE_PORT + 2))));
        } finally {
            Judge.require(ResponseExpectation.judge(phone.execute("RTPRx:Stop")));
        }
        StreamingStatistics slot = phone.client().streamingStatistics(1);
        if (slot.isActive()) {
            throw new AssertionError("StreamingStatisticsX?1 of " + phone.name() + " still reports an active stream "
                    + "after RTPRx:Stop: " + slot.streamStatus().orElse("(no StreamStatus)"));
        }
    }

    private static void receiveAndJudge(Phone phone, Impairment impairment, String scenario) {
        InetAddress bench = benchAddress(phone);
        try (RtpEndpoint endpoint = RtpEndpoint.openForUri(bench)) {
            Judge.require(ResponseExpectation.judge(phone.execute("RTPRx:" + bench.getHostAddress() + ":"
                    + PHONE_PORT)));
            try {
                long streamStart = System.nanoTime();
                RtpSender sender = endpoint.send(new InetSocketAddress(phone.address(), PHONE_PORT),
                        SendPlan.tone(Duration.ofMillis(1500)).withImpairment(impairment))
                        .awaitFinished(Duration.ofSeconds(5));
                StreamingStatistics page = awaitReceived(phone, sender.wire().packets());
                // jitter is judged allowing for how late the bench host's own threads woke meanwhile, or not at all
                // (BROKEN) when the host was too busy to tell its delays from the phone's
                RtpJudgement judgement = new RtpComparison().judgeReception("RTP bench -> " + phone.name() + " ("
                        + scenario + ")", StreamFigures.of(phone.name() + " StreamingStatisticsX?1", page), sender,
                        phone.hostNoiseSince(streamStart));
                Judge.require(judgement.verdict());
            } finally {
                phone.execute("RTPRx:Stop");
            }
        }
    }

    /**
     * Polls StreamingStatisticsX?1 until the phone has received as many packets as the bench's wire tap (a perfect
     * receiver behind the impairment) did, bounded. Received plus lost is no such sign: lost counts only up to the
     * highest sequence seen, so a phone whose last packets are still queued already adds up to what left the bench.
     */
    private static StreamingStatistics awaitReceived(Phone phone, long onTheWire) {
        return PhoneWait.until(phone.name() + " to count " + onTheWire + " received packet(s)",
                        () -> phone.client().streamingStatistics(1),
                        page -> page.rcvrPackets().orElse(0) >= onTheWire)
                .withTimeout(Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(50))
                .awaitResult().last();   // the judge then says what the phone counted
    }

    /** The bench's own address as the phone sees it: where the service host listens. */
    private static InetAddress benchAddress(Phone phone) {
        try {
            return InetAddress.getByName(URI.create(phone.services().baseUrl()).getHost());
        } catch (UnknownHostException e) {
            throw new BenchInfrastructureException("service host address " + phone.services().baseUrl()
                    + " does not resolve: " + e.getMessage(), e);
        }
    }
}
