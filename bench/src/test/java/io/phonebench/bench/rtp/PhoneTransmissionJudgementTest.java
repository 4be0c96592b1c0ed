package io.phonebench.bench.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.drivers.rtp.Impairment;
import io.phonebench.drivers.rtp.RtpEndpoint;
import io.phonebench.drivers.rtp.RtpReceiver;
import io.phonebench.emulator.rtp.RtpStreams;
import io.phonebench.emulator.rtp.StreamDirection;
import io.phonebench.emulator.rtp.StreamSnapshot;
import io.phonebench.protocol.rtp.ReceptionReport;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** An emulated phone streams to the bench through an impairment; its send counts must match what the bench saw. */
class PhoneTransmissionJudgementTest {
    private static final InetAddress PHONE = address("127.0.65.1");
    private static final InetAddress BENCH = address("127.0.65.2");

    private final RtpStreams phone = new RtpStreams("SEP00000000A064", PHONE, 3);
    private final RtpEndpoint bench = RtpEndpoint.openForUri(BENCH);

    /**
     * Seeds 2 (2 %) and 29 (10 %) drop neither the first packet nor any of packets 44-70, where the phone's stream
     * ends: RFC 3550 cannot see loss at a stream's edges.
     */
    static Stream<StreamScenario> scenarios() {
        return Stream.of(new StreamScenario("clean", Impairment.NONE, 1000),
                new StreamScenario("2 % loss", Impairment.seeded(2).withLoss(2), 1000),
                new StreamScenario("10 % loss", Impairment.seeded(29).withLoss(10), 1000),
                new StreamScenario("30 ms jitter", Impairment.seeded(30).withJitter(30), 1000));
    }

    @AfterEach
    void tearDown() {
        bench.close();
        phone.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void benchSeesWhatThePhoneSaysItSent(StreamScenario scenario) {
        RtpReceiver receiver = bench.receive(scenario.impairment());
        assertTrue(phone.transmit(BENCH, bench.local().getPort()).succeeded());

        receiver.awaitReport(r -> r.expected() >= 44, "a second of packets", Duration.ofSeconds(3));
        phone.stop(StreamDirection.TRANSMIT);
        ReceptionReport seen = receiver.awaitQuiet(Duration.ofMillis(150), Duration.ofSeconds(3));

        assertTrue(phone.snapshot(1).idle(), "slot 1 reads idle after RTPTx:Stop");
        StreamSnapshot sent = phone.lastEnded(1).orElseThrow();
        RtpJudgement judgement = new RtpComparison().judgeTransmission(
                "RTP SEP00000000A064 -> bench (" + scenario + ")",
                StreamFigures.of("SEP00000000A064 StreamingStatisticsX?1", sent), receiver);
        assertTrue(judgement.passed(), judgement.table());
        assertEquals(receiver.impairments().dropped(), Math.max(0, seen.lost()), "the bench counts its own drops");
    }

    private static InetAddress address(String a) {
        try {
            return InetAddress.getByName(a);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
