package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ResponseExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.junit.Requires;
import io.phonebench.bench.phone.Capability;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.rtp.RtpLink;
import io.phonebench.bench.wait.PhoneWait;
import io.phonebench.protocol.device.StreamingStatistics;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Voice path: the bench streams G.711 to the phone (RTPRx:) and receives the phone's stream (RTPTx:); the phone's
 * StreamingStatisticsX must report what the bench measured on the wire, within RFC 3550 tolerances; a busy
 * direction and RTPRx:Stop answer as documented.
 */
@Requires(Capability.RTP)
class RtpStatisticsTest {
    /** Even port in 20480-32768, the range RTP URIs allow. */
    private static final int PHONE_PORT = 24680;
    private static final Duration TONE = Duration.ofMillis(1500);

    @PhoneTest
    void reportsCleanStreamAsTheBenchSentIt(Phone phone) {
        try (RtpLink link = RtpLink.open(phone)) {
            receiveAndJudge(phone, link, () -> link.sendTone(PHONE_PORT, TONE));
        }
    }

    @PhoneTest
    void reportsTwoPercentLossAsTheBenchMeasuredIt(Phone phone) {
        try (RtpLink link = RtpLink.open(phone)) {
            receiveAndJudge(phone, link, () -> link.sendTone(PHONE_PORT, TONE, 2, 2));
        }
    }

    @PhoneTest
    void reportsWhatItSentAsTheBenchReceivedIt(Phone phone) {
        try (RtpLink link = RtpLink.open(phone)) {
            RtpLink.Reception reception = link.receive();
            Judge.require(ResponseExpectation.judge(phone.execute(link.transmitUri())));
            try {
                // a running stream is all the bracket below needs: it holds for any count (40 cost 0.8 s per phone)
                reception.awaitPackets(10, "10 packets from " + phone.name(), Duration.ofSeconds(5));
                // The phone keeps sending: its page is read between two looks at the bench's count, so the figure it
                // reports must lie between them whatever the machine's timing.
                long before = reception.packetsSoFar();
                StreamingStatistics page = phone.control().streamingStatistics(1);
                long after = reception.packetsSoFar();
                long sent = page.senderPackets().orElseThrow(() -> new AssertionError(phone.name()
                        + " StreamingStatisticsX?1 has no SenderPackets while transmitting"));
                if (sent < before || sent > after + 1) {
                    throw new AssertionError(phone.name() + " says it sent " + sent + " RTP packets; the bench saw "
                            + before + " before reading StreamingStatisticsX and " + after + " after");
                }
            } finally {
                phone.execute("RTPTx:Stop");
            }
        }
    }

    @PhoneTest
    void refusesSecondReceiveStreamAndGoesIdleOnStop(Phone phone) {
        try (RtpLink link = RtpLink.open(phone)) {
            Judge.require(ResponseExpectation.judge(phone.execute(link.receiveUri(PHONE_PORT))));
            try {
                Judge.require(ResponseExpectation.judge(phone.execute(link.receiveUri(PHONE_PORT + 2))));
            } finally {
                Judge.require(ResponseExpectation.judge(phone.execute("RTPRx:Stop")));
            }
        }
        StreamingStatistics slot = phone.control().streamingStatistics(1);
        if (slot.isActive()) {
            throw new AssertionError("StreamingStatisticsX?1 of " + phone.name() + " still reports an active stream "
                    + "after RTPRx:Stop: " + slot.streamStatus().orElse("(no StreamStatus)"));
        }
    }

    private static void receiveAndJudge(Phone phone, RtpLink link, Supplier<RtpLink.Transmission> send) {
        Judge.require(ResponseExpectation.judge(phone.execute(link.receiveUri(PHONE_PORT))));
        try {
            RtpLink.Transmission sent = send.get();
            StreamingStatistics page = awaitReceived(phone, sent.packetsOnTheWire());
            Judge.require(sent.judge(page));
        } finally {
            phone.execute("RTPRx:Stop");
        }
    }

    /**
     * Polls StreamingStatisticsX?1 until the phone has received as many packets as the bench's wire tap (a perfect
     * receiver behind the impairment) did, bounded. Received plus lost is no such sign: lost counts only up to the
     * highest sequence seen, so a phone whose last packets are still queued already adds up to what left the bench.
     */
    private static StreamingStatistics awaitReceived(Phone phone, long onTheWire) {
        return PhoneWait.until(phone.name() + " to count " + onTheWire + " received packet(s)",
                        () -> phone.control().streamingStatistics(1),
                        page -> page.rcvrPackets().orElse(0) >= onTheWire)
                .withTimeout(Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(50))
                .awaitResult().last();   // the judge then says what the phone counted
    }
}
