package io.phonebench.drivers.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.emulator.rtp.RtpOutcome;
import io.phonebench.emulator.rtp.RtpStreams;
import io.phonebench.emulator.rtp.StreamDirection;
import io.phonebench.emulator.rtp.StreamRequest;
import io.phonebench.emulator.rtp.StreamSnapshot;
import io.phonebench.protocol.rtp.MediaFormat;
import io.phonebench.protocol.rtp.ReceptionReport;
import io.phonebench.protocol.rtp.TimelineSample;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RtpEndpointTest {
    private static final InetAddress PHONE = address("127.0.62.1");
    private static final InetAddress BENCH = address("127.0.62.2");

    private final RtpStreams phone = new RtpStreams("SEP00000000A062", PHONE, 3);
    private final RtpEndpoint bench = RtpEndpoint.openForUri(BENCH);

    @AfterEach
    void tearDown() {
        bench.close();
        phone.close();
    }

    @Test
    void phoneCountsEveryPacketOfACleanBenchStream() {
        RtpOutcome started = phone.start(StreamRequest.receiveOnAnyPort(BENCH));
        InetSocketAddress phonePort = new InetSocketAddress(PHONE, started.port().orElseThrow());

        RtpSender sender = bench.send(phonePort, SendPlan.tone(Duration.ofMillis(600))).awaitFinished(
                Duration.ofSeconds(3));
        await(() -> phone.snapshot(1).rcvrPackets() == 30, "the phone to count 30 packets");

        StreamSnapshot s = phone.snapshot(1);
        assertEquals(30, sender.sent().packets());
        assertEquals(30 * 160, s.rcvrOctets());
        assertEquals(0, s.rcvrLostPackets());
        assertEquals(30, sender.wire().packets());
        assertTrue(Math.abs(sender.wire().jitterMs() - s.avgJitterMs()) <= 2,
                "bench tap " + sender.wire().jitterMs() + " ms vs phone " + s.avgJitterMs() + " ms");
    }

    @Test
    void benchMeasuresACleanPhoneStream() {
        RtpReceiver receiver = bench.receive(Impairment.NONE);
        phone.transmit(BENCH, bench.local().getPort());
        receiver.awaitReport(r -> r.packets() >= 25, "25 packets", Duration.ofSeconds(3));
        phone.stop(StreamDirection.TRANSMIT);

        ReceptionReport r = receiver.awaitQuiet(Duration.ofMillis(100), Duration.ofSeconds(2));
        StreamSnapshot sent = phone.lastEnded(1).orElseThrow();
        assertEquals(sent.senderPackets(), r.packets());
        assertEquals(sent.senderOctets(), r.octets());
        assertEquals(0, r.lost());
        assertEquals(0, r.duplicates());
        // loopback adds next to nothing; the bound only catches a broken clock conversion (20 ms = one packet)
        assertTrue(r.jitterMs() < 20, "jitter " + r.jitterMs() + " ms");
        assertEquals(new InetSocketAddress(PHONE, 0).getAddress(), receiver.remote().orElseThrow().getAddress());
    }

    @Test
    void sendsGivenMediaWithAChosenPacketTimeAcrossTheSequenceWrap() {
        RtpReceiver phoneSide;
        try (RtpEndpoint other = RtpEndpoint.open(new InetSocketAddress(PHONE, 0))) {
            phoneSide = other.receive(MediaFormat.pcmu(Duration.ofMillis(10)), Impairment.NONE);
            SendPlan plan = SendPlan.media(MediaFormat.pcmu(Duration.ofMillis(10)), new byte[] {1, 2, 3},
                    Duration.ofMillis(300)).startingAt(99, 65530, 4294967000L);

            bench.send(other.local(), plan).awaitFinished(Duration.ofSeconds(3));
            ReceptionReport r = phoneSide.awaitReport(x -> x.packets() == 30, "30 packets", Duration.ofSeconds(2));

            assertEquals(65536 + 23, r.extendedHighestSequence());
            assertEquals(30 * 80, r.octets());
            assertEquals(0, r.lost());
            assertEquals(99, r.ssrc());
        }
    }

    @Test
    void impairedSendingLosesTheSeededShareAndTheTapSeesIt() {
        RtpOutcome started = phone.start(StreamRequest.receiveOnAnyPort(BENCH));
        InetSocketAddress phonePort = new InetSocketAddress(PHONE, started.port().orElseThrow());
        SendPlan plan = SendPlan.tone(Duration.ofSeconds(1)).withImpairment(Impairment.seeded(11).withLoss(10));

        RtpSender sender = bench.send(phonePort, plan).awaitFinished(Duration.ofSeconds(3));
        long sent = sender.sent().packets();
        await(() -> phone.snapshot(1).rcvrPackets() == sent, "the phone to count " + sent + " packets");

        assertEquals(50, sender.generated().packets());
        assertEquals(50 - sender.impairments().dropped(), sent);
        assertEquals(sender.wire().lost(), phone.snapshot(1).rcvrLostPackets());
        List<TimelineSample> timeline = sender.timeline();
        // one second in quarter-second slices: four, a fifth when the last packets spill past the second
        assertTrue(timeline.size() >= 4 && timeline.size() <= 5, "timeline " + timeline);
    }

    @Test
    void duplicatesAndReorderingShowInTheReceiversStatistics() {
        try (RtpEndpoint other = RtpEndpoint.open(new InetSocketAddress(PHONE, 0))) {
            RtpReceiver receiver = other.receive(Impairment.NONE);
            SendPlan plan = SendPlan.tone(Duration.ofMillis(600))
                    .withImpairment(Impairment.seeded(4).withDuplication(10).withReordering(10));

            RtpSender sender = bench.send(other.local(), plan).awaitFinished(Duration.ofSeconds(3));
            long sent = sender.sent().packets();
            ReceptionReport r = receiver.awaitReport(x -> x.packets() == sent, sent + " packets",
                    Duration.ofSeconds(2));

            assertTrue(sender.impairments().duplicated() > 0 && sender.impairments().reordered() > 0,
                    "seed 4 duplicates and reorders: " + sender.impairments());
            assertEquals(sender.impairments().duplicated(), r.duplicates());
            assertEquals(sender.wire().outOfOrder(), r.outOfOrder());
            assertTrue(r.outOfOrder() > 0, "reordered packets arrive after later ones");
            assertEquals(-r.duplicates(), r.lost(), "RFC 3550: duplicates make loss negative");
        }
    }

    @Test
    void closeIsIdempotentAndRefusesNewStreams() {
        bench.close();
        bench.close();

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> bench.receive(Impairment.NONE));
        assertTrue(e.getMessage().contains("is closed"), e.getMessage());
    }

    @Test
    void aClosedEndpointsPortIsTakenAgainByTheNext() {
        int port = bench.local().getPort();
        for (int i = 0; i < 50; i++) {
            RtpEndpoint next = RtpEndpoint.openForUri(BENCH);
            next.receive(Impairment.NONE);
            next.close();
            assertEquals(port + 2, next.local().getPort(), "round " + (i + 1) + ": the lowest free port after "
                    + port + ", which this test's own endpoint holds");
        }
    }

    @Test
    void waitingForPacketsThatNeverComeFailsWithTheLastReport() {
        RtpReceiver receiver = bench.receive(Impairment.NONE);

        BenchInfrastructureException e = assertThrows(BenchInfrastructureException.class,
                () -> receiver.awaitReport(r -> r.packets() > 0, "a packet", Duration.ofMillis(100)));
        assertTrue(e.getMessage().contains("expected a packet within 100 ms; last report: ReceptionReport[ssrc=0"),
                e.getMessage());
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + what + " within 3 s");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(2_000_000L);
        }
    }

    private static InetAddress address(String a) {
        try {
            return InetAddress.getByName(a);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
