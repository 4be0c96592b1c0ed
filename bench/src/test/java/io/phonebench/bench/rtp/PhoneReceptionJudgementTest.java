package io.phonebench.bench.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.drivers.rtp.Impairment;
import io.phonebench.drivers.rtp.RtpEndpoint;
import io.phonebench.drivers.rtp.RtpSender;
import io.phonebench.drivers.rtp.SendPlan;
import io.phonebench.emulator.rtp.RtpOutcome;
import io.phonebench.emulator.rtp.RtpStreams;
import io.phonebench.emulator.rtp.StreamDirection;
import io.phonebench.emulator.rtp.StreamRequest;
import io.phonebench.emulator.rtp.StreamSnapshot;
import io.phonebench.protocol.device.StreamingStatistics;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import io.phonebench.drivers.host.SchedulingProbe;
import io.phonebench.bench.verdict.Outcome;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bench streams to an emulated phone through an impairment; the phone's StreamingStatisticsX must match the bench. */
class PhoneReceptionJudgementTest {
    private static final InetAddress PHONE = address("127.0.63.1");
    private static final InetAddress BENCH = address("127.0.63.2");

    private final RtpStreams phone = new RtpStreams("SEP00000000A063", PHONE, 3);
    private final RtpEndpoint bench = RtpEndpoint.openForUri(BENCH);
    private final SchedulingProbe host = SchedulingProbe.start("host-probe");

    /**
     * Seeds 2 and 3 drop neither the first nor the last of the 75 packets: RFC 3550 cannot see loss at a stream's
     * edges, so there every dropped packet shows as lost.
     */
    static Stream<StreamScenario> scenarios() {
        return Stream.of(new StreamScenario("clean", Impairment.NONE, 600),
                new StreamScenario("2 % loss", Impairment.seeded(2).withLoss(2), 1500),
                new StreamScenario("10 % loss", Impairment.seeded(3).withLoss(10), 1500),
                new StreamScenario("30 ms jitter", Impairment.seeded(30).withJitter(30), 800));
    }

    @AfterEach
    void tearDown() {
        host.close();
        bench.close();
        phone.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void phoneReportsWhatTheBenchPutOnTheWire(StreamScenario scenario) {
        long start = System.nanoTime();
        RtpOutcome started = phone.start(StreamRequest.receiveOnAnyPort(BENCH));
        InetSocketAddress phonePort = new InetSocketAddress(PHONE, started.port().orElseThrow());

        RtpSender sender = bench.send(phonePort,
                SendPlan.tone(scenario.length()).withImpairment(scenario.impairment()))
                .awaitFinished(scenario.length().plusSeconds(3));
        awaitPhoneCount(sender.sent().packets());
        phone.stop(StreamDirection.RECEIVE);

        assertTrue(phone.snapshot(1).idle(), "slot 1 reads idle after RTPRx:Stop");
        StreamingStatistics page = readBack(phone.lastEnded(1).orElseThrow());
        RtpJudgement judgement = new RtpComparison().judgeReception("RTP bench -> SEP00000000A063 (" + scenario + ")",
                StreamFigures.of("SEP00000000A063 StreamingStatisticsX?1", page), sender, host.since(start));
        assertFaithfulPhoneNeverFails(judgement);
        assertEquals(sender.impairments().dropped(), sender.wire().lost(), "every dropped packet counts as lost");
    }

    /** The figures as a real phone's page would bring them: serialised and parsed again. */
    private static StreamingStatistics readBack(StreamSnapshot snapshot) {
        byte[] page = snapshot.toStreamingStatistics().serialise(StandardCharsets.UTF_8);
        return StreamingStatistics.parse(page, "utf-8");
    }

    private void awaitPhoneCount(long packets) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (phone.snapshot(1).rcvrPackets() < packets) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected the phone to count " + packets + " packets within 10 s but it has "
                        + phone.snapshot(1).rcvrPackets());
            }
            LockSupport.parkNanos(2_000_000L);
        }
    }

    private static InetAddress address(String a) {
        try {
            return InetAddress.getByName(a);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A faithful phone's figures are never a product failure. Counts and loss must match exactly as judged; jitter
     * is judged within the host's measured scheduling noise, or, on a host too busy for that, not at all (BROKEN).
     */
    private static void assertFaithfulPhoneNeverFails(RtpJudgement judgement) {
        assertTrue(judgement.failures().isEmpty(), judgement.table());
        assertTrue(judgement.verdict().outcome() != Outcome.FAILED, judgement.table());
        judgement.checks().stream().filter(c -> !c.figure().endsWith("Jitter"))
                .forEach(c -> assertTrue(c.passed(), c.describe()));
    }
}
