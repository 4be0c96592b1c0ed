package io.phonebench.emulator.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.protocol.rtp.RtpPacket;
import io.phonebench.protocol.rtp.RtpWire;
import io.phonebench.protocol.uri.RtpStream;
import io.phonebench.protocol.uri.RtpUri;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RtpStreamsTest {
    private static final InetAddress PHONE = address("127.0.61.1");
    private static final InetAddress BENCH = address("127.0.61.2");

    private final RtpStreams streams = new RtpStreams("SEP00000000A061", PHONE, 3);
    private final List<DatagramSocket> sockets = new ArrayList<>();

    @AfterEach
    void tearDown() {
        streams.close();
        sockets.forEach(DatagramSocket::close);
    }

    @Test
    void transmitsPcmuTonePacketsOf160OctetsEvery20Ms() throws IOException {
        DatagramSocket bench = benchSocket();

        long requested = System.nanoTime();
        assertTrue(streams.transmit(BENCH, bench.getLocalPort()).succeeded());
        List<RtpPacket> packets = new ArrayList<>();
        long last = 0;
        for (int i = 0; i < 11; i++) {
            packets.add(RtpPacket.decode(receive(bench)));
            last = System.nanoTime();
        }

        assertTrue(packets.get(0).marker(), "first packet of a talkspurt carries M");
        for (int i = 1; i < packets.size(); i++) {
            RtpPacket p = packets.get(i);
            assertEquals(0, p.payloadType());
            assertEquals(160, p.payload().length);
            assertEquals((packets.get(0).sequence() + i) & 0xffff, p.sequence());
            assertEquals((packets.get(0).timestamp() + 160L * i) & 0xffffffffL, p.timestamp());
            assertEquals(packets.get(0).ssrc(), p.ssrc());
        }
        // Paced, not sent at once: packet n is due 20 ms x n after the stream starts, so the eleventh cannot arrive
        // before 200 ms have passed since the request, however loaded the host. (The spacing between arrivals is the
        // receiver's scheduling as much as the sender's: at load 37 a late first arrival made it 14 ms.)
        double sinceRequestMs = (last - requested) / 1e6;
        assertTrue(sinceRequestMs >= 200, "11 packets arrived " + sinceRequestMs + " ms after the request");
    }

    @Test
    void receivesOnAPortItPicksAndReportsTheStreamInItsSlot() throws IOException {
        DatagramSocket bench = benchSocket();
        RtpOutcome outcome = streams.receive(BENCH, 20480, OptionalInt.of(40));
        assertTrue(outcome.succeeded(), outcome.toString());

        sendPackets(bench, 20480, 50);
        await(() -> streams.snapshot(1).rcvrPackets() == 50, "phone to count 50 packets");

        StreamSnapshot s = streams.snapshot(1);
        assertEquals(StreamStatus.ACTIVE, s.status());
        assertEquals("127.0.61.2/" + bench.getLocalPort(), s.remoteAddr());
        assertEquals("127.0.61.1/20480", s.localAddr());
        assertEquals(50 * 160, s.rcvrOctets());
        assertEquals(0, s.rcvrLostPackets());
        assertEquals("G711u", s.rcvrCodec());
        assertEquals(OptionalInt.of(40), s.volume());
        assertTrue(s.startTime().isPresent());
        assertTrue(streams.snapshot(2).idle(), "other slots stay idle");
    }

    /**
     * A stream paced on the phone's driven clock says when each packet is due; the phone stamps what it receives with
     * that, so a burst sent in microseconds reads as the even 20 ms stream it stands for (no jitter), and the sender
     * can wait for each packet to be taken in before it moves the clock on.
     */
    @Test
    void stampsArrivalsWithThePacedStreamsDueTimesAndSaysWhatItHasTakenIn() throws Exception {
        DatagramSocket bench = benchSocket();
        assertTrue(streams.receive(BENCH, 20484, OptionalInt.empty()).succeeded());
        long[] due = {0};
        assertTrue(streams.stampArrivals(20484, java.util.Optional.of(() -> due[0])));
        assertFalse(streams.stampArrivals(20486, java.util.Optional.empty()), "nothing receives on 20486");

        byte[] buf = new byte[172];
        for (int seq = 0; seq < 50; seq++) {
            due[0] = seq * 20_000_000L;
            RtpWire.writeHeader(buf, 0, false, 0, seq, 160L * seq, 77);
            bench.send(new DatagramPacket(buf, buf.length, new InetSocketAddress(PHONE, 20484)));
            assertTrue(streams.awaitTaken(20484, seq + 1, Duration.ofSeconds(3)), "packet " + seq + " taken in");
        }

        StreamSnapshot s = streams.snapshot(1);
        assertEquals(50, s.rcvrPackets());
        assertEquals(0, s.avgJitterMs(), "arrivals exactly 20 ms apart, as the timestamps: no jitter");
        assertFalse(streams.awaitTaken(20484, 51, Duration.ofMillis(50)), "no 51st packet was sent");
        assertTrue(streams.stampArrivals(20484, java.util.Optional.empty()), "back to the phone's clock");
    }

    @Test
    void picksAnEvenPortWhenRtpRxNamesNone() {
        RtpOutcome outcome = streams.start(StreamRequest.receiveOnAnyPort(BENCH));

        int port = outcome.port().orElseThrow();
        assertEquals(0, port % 2);
        assertTrue(port >= 20480 && port <= 32768, "port " + port);
        assertEquals("127.0.61.1/" + port, streams.snapshot(1).localAddr());
    }

    @Test
    void answersBusyToASecondStreamInTheSameDirection() throws IOException {
        DatagramSocket bench = benchSocket();
        assertTrue(streams.transmit(BENCH, bench.getLocalPort()).succeeded());

        RtpOutcome second = streams.start(StreamRequest.transmit(BENCH, 20490).inSlot(2));

        assertEquals("errorNo=1 Tx/Rx is already active", second.data());
        assertFalse(second.succeeded());
        assertTrue(streams.receive(BENCH, 20482, OptionalInt.empty()).succeeded(), "the other direction is free");
        assertEquals("errorNo=1 Tx/Rx is already active", streams.receive(BENCH, 20484, OptionalInt.empty()).data());
    }

    @Test
    void stopEndsTheStreamAndTheSlotReadsIdleAgain() throws IOException {
        DatagramSocket bench = benchSocket();
        streams.transmit(BENCH, bench.getLocalPort());
        receive(bench);
        receive(bench);

        assertTrue(streams.stop(StreamDirection.TRANSMIT).succeeded());

        StreamSnapshot idle = streams.snapshot(1);
        assertTrue(idle.idle());
        assertEquals("Not Ready", idle.fields().get("StreamStatus"));
        assertEquals("0.0.0.0/0", idle.remoteAddr());
        assertEquals(0, idle.senderPackets());
        StreamSnapshot ended = streams.lastEnded(1).orElseThrow();
        assertTrue(ended.senderPackets() >= 2, "final figures kept: " + ended);
        assertEquals(ended.senderPackets() * 160, ended.senderOctets());
        drain(bench);
        bench.setSoTimeout(100);
        assertThrows(java.net.SocketTimeoutException.class, () -> bench.receive(new DatagramPacket(new byte[64], 64)),
                "nothing is sent after stop");
        assertTrue(streams.transmit(BENCH, bench.getLocalPort()).succeeded(), "the direction is free again");
    }

    /**
     * RtpStatisticsTest starts and stops streams on one port test after test: the port must be free the moment
     * RTPRx:Stop has answered, not when the receiving thread next gets round to it.
     */
    @Test
    void aStoppedStreamsPortIsFreeAtOnce() throws IOException {
        DatagramSocket bench = benchSocket();
        for (int i = 0; i < 50; i++) {
            assertTrue(streams.receive(BENCH, 24680, OptionalInt.empty()).succeeded(), "RTPRx number " + (i + 1));
            sendPackets(bench, 24680, 1);
            assertTrue(streams.stop(StreamDirection.RECEIVE).succeeded());
            try (DatagramSocket again = new DatagramSocket(new InetSocketAddress(PHONE, 24680))) {
                assertEquals(24680, again.getLocalPort());
            } catch (java.net.BindException e) {
                throw new AssertionError("port 24680 still bound after RTPRx:Stop number " + (i + 1), e);
            }
        }
    }

    @Test
    void aPortFreedWithinThePatienceIsTakenAndOneHeldLongerIsTheHostsFaultNamingItsHolder() throws Exception {
        DatagramSocket holder = new DatagramSocket(new InetSocketAddress(PHONE, 24690));
        java.util.concurrent.CompletableFuture.delayedExecutor(300, java.util.concurrent.TimeUnit.MILLISECONDS)
                .execute(holder::close);

        assertTrue(streams.receive(BENCH, 24690, OptionalInt.empty()).succeeded(), "RTPRx once the holder let go");
        streams.stop(StreamDirection.RECEIVE);

        sockets.add(new DatagramSocket(new InetSocketAddress(PHONE, 24692)));
        HostSocketUnavailableException e = assertThrows(HostSocketUnavailableException.class,
                () -> streams.receive(BENCH, 24692, OptionalInt.empty()));
        assertTrue(e.getMessage().contains("RTP receive port 24692 cannot be bound on 127.0.61.1"), e.getMessage());
        assertTrue(e.getMessage().contains("sockets bound to port 24692: 127.0.61.1 (inode "), e.getMessage());
    }

    @Test
    void refusesTransmitDuringACallAndEndsStreamsWhenACallStarts() throws IOException {
        DatagramSocket bench = benchSocket();
        streams.receive(BENCH, 20486, OptionalInt.empty());

        streams.callActive(true);

        assertFalse(streams.active(StreamDirection.RECEIVE), "a call ends the XML-services stream");
        assertEquals("errorNo=4 unauthorized", streams.transmit(BENCH, bench.getLocalPort()).data());
        streams.callActive(false);
        assertTrue(streams.transmit(BENCH, bench.getLocalPort()).succeeded());
    }

    @Test
    void rendersEveryStreamingStatisticsFieldInReferenceOrder() {
        List<String> reference = List.of("RemoteAddr", "LocalAddr", "StartTime", "StreamStatus", "Name",
                "SenderPackets", "SenderOctets", "SenderCodec", "SenderReportsSent", "SenderReportTimeSent",
                "RcvrLostPackets", "AvgJitter", "RcvrCodec", "RcvrReportsSent", "RcvrReportTimeSent", "RcvrPackets",
                "RcvrOctets", "MOSLQK", "AvgMOSLQK", "MinMOSLQK", "MaxMOSLQK", "MOSLQKVersion", "CmltveConcealRatio",
                "IntervalConcealRatio", "MaxConcealRatio", "ConcealSecs", "SeverelyConcealSecs", "Latency",
                "MaxJitter", "SenderSize", "SenderReportsReceived", "SenderReportTimeReceived", "RcvrSize",
                "RcvrDiscarded", "RcvrReportsReceived", "RcvrReportTimeReceived", "Domain", "SenderJoins",
                "ReceiverJoins", "Byes", "RowStatus", "SenderTool", "SenderReports", "SenderReportTime",
                "SenderStartTime", "RcvrJitter", "ReceiverTool", "RcvrReports", "RcvrReportTime", "RcvrStartTime");

        assertEquals(reference, List.copyOf(streams.snapshot(3).fields().keySet()));
        assertEquals("SEP00000000A061", streams.snapshot(3).fields().get("Name"));
    }

    @Test
    void streamsMulticastBothWays() throws IOException {
        InetAddress group = address("239.61.0.1");
        MulticastSocket listener = new MulticastSocket(20500);
        sockets.add(listener);
        listener.joinGroup(new InetSocketAddress(group, 20500),
                NetworkInterface.getByInetAddress(InetAddress.getLoopbackAddress()));
        listener.setSoTimeout(2000);

        assertTrue(streams.start(StreamRequest.transmitMulticast(group, 20500)).succeeded());
        assertEquals(0, RtpPacket.decode(receive(listener)).payloadType());

        assertTrue(streams.start(StreamRequest.receiveMulticast(address("239.61.0.2"), 20502)).succeeded());
        MulticastSocket sender = new MulticastSocket(new InetSocketAddress(BENCH, 0));
        sockets.add(sender);
        sender.setNetworkInterface(NetworkInterface.getByInetAddress(InetAddress.getLoopbackAddress()));
        sendPackets(sender, new InetSocketAddress(address("239.61.0.2"), 20502), 5);
        await(() -> streams.snapshot(1).rcvrPackets() == 5, "phone to count 5 multicast packets");
    }

    @Test
    void carriesOutParsedRtpUris() throws IOException {
        DatagramSocket bench = benchSocket();

        RtpOutcome started = streams.execute(RtpUri.start(RtpStream.TX, "127.0.61.2", bench.getLocalPort()));
        assertTrue(started.succeeded(), started.toString());
        assertEquals(0, RtpPacket.decode(receive(bench)).payloadType());
        assertTrue(streams.execute(RtpUri.stop(RtpStream.TX)).succeeded());

        assertFalse(streams.active(StreamDirection.TRANSMIT));
    }

    @Test
    void refusesSlotsOutsideTheModelAndPortsOutsideTheUriRange() {
        IllegalArgumentException slot = assertThrows(IllegalArgumentException.class, () -> streams.snapshot(4));
        assertEquals("expected a stream slot 1-3 on SEP00000000A061 but found 4", slot.getMessage());
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                () -> StreamRequest.receive(BENCH, 20481));
        assertEquals("expected an even port 20480-32768 with 127.0.61.2 but found 20481", port.getMessage());
    }

    /** RTP URIs only name even ports 20480-32768, so the bench listens on one of those. */
    private DatagramSocket benchSocket() throws IOException {
        for (int port = 24000; port <= 32768; port += 2) {
            try {
                DatagramSocket s = new DatagramSocket(new InetSocketAddress(BENCH, port));
                s.setSoTimeout(2000);
                sockets.add(s);
                return s;
            } catch (java.net.BindException e) {
                // taken: next
            }
        }
        throw new IllegalStateException("no free even port 24000-32768 on " + BENCH);
    }

    private static byte[] receive(DatagramSocket socket) throws IOException {
        DatagramPacket p = new DatagramPacket(new byte[2048], 2048);
        socket.receive(p);
        return java.util.Arrays.copyOf(p.getData(), p.getLength());
    }

    private static void drain(DatagramSocket socket) throws IOException {
        socket.setSoTimeout(30);
        try {
            while (true) {
                socket.receive(new DatagramPacket(new byte[2048], 2048));
            }
        } catch (java.net.SocketTimeoutException e) {
            // queue empty
        }
    }

    private static void sendPackets(DatagramSocket from, int phonePort, int count) throws IOException {
        sendPackets(from, new InetSocketAddress(PHONE, phonePort), count);
    }

    private static void sendPackets(DatagramSocket from, InetSocketAddress to, int count) throws IOException {
        byte[] buf = new byte[172];
        for (int seq = 0; seq < count; seq++) {
            RtpWire.writeHeader(buf, 0, false, 0, seq, 160L * seq, 77);
            from.send(new DatagramPacket(buf, buf.length, to));
        }
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
