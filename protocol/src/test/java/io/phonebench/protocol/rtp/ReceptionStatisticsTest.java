package io.phonebench.protocol.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReceptionStatisticsTest {
    private static final long MS = 1_000_000L;
    private static final long SSRC = 0x1234;

    private final ReceptionStatistics stats = ReceptionStatistics.knownSource(8000);

    /** Packet {@code seq} of a clean 20 ms stream: timestamp 160 per packet, arriving on time plus {@code lateMs}. */
    private boolean arrive(int seq, double lateMs) {
        return stats.onPacket(SSRC, seq & 0xffff, 160L * seq & 0xffffffffL, 160, (long) ((seq * 20 + lateMs) * MS));
    }

    @Test
    void extendsTheHighestSequenceAcrossTheWrap() {
        for (int seq = 65530; seq < 65550; seq++) {
            arrive(seq, 0);
        }

        ReceptionReport report = stats.report();
        assertEquals(65536 + 13, report.extendedHighestSequence());
        assertEquals(20, report.expected());
        assertEquals(20, report.packets());
        assertEquals(0, report.lost());
        assertEquals(0, report.outOfOrder());
    }

    @Test
    void countsCumulativeLossAndFractionLostPerInterval() {
        for (int seq = 0; seq < 100; seq++) {
            if (seq % 10 != 5) {
                arrive(seq, 0);
            }
        }
        assertEquals(25, stats.closeInterval(), "10 of 100 lost = 25/256");
        for (int seq = 100; seq < 200; seq++) {
            arrive(seq, 0);
        }

        assertEquals(0, stats.closeInterval());
        ReceptionReport report = stats.report();
        assertEquals(200, report.expected());
        assertEquals(190, report.packets());
        assertEquals(10, report.lost());
        assertEquals(5.0, report.lossPercent(), 1e-9);
        assertEquals(190 * 160, report.octets());
    }

    @Test
    void computesInterarrivalJitterOnAKnownSequence() {
        arrive(0, 0);
        arrive(1, 10); // D = 30 ms spacing - 20 ms of timestamps = 80 units: J = 80/16 = 5
        arrive(2, 0); // D = -80 units: J = 5 + (80 - 5)/16 = 9.6875

        ReceptionReport report = stats.report();
        assertEquals(9.6875, report.jitterUnits(), 1e-9);
        assertEquals(9.6875 / 8, report.jitterMs(), 1e-9);
        assertEquals(9.6875 / 8, report.maxJitterMs(), 1e-9);
    }

    @Test
    void jitterConvergesOnAConstantTransitDifferenceAndKeepsItsMaximum() {
        for (int seq = 0; seq <= 40; seq++) {
            arrive(seq, seq % 2 == 0 ? 0 : 10);
        }
        double expected = 80 * (1 - Math.pow(15.0 / 16, 40));
        assertEquals(expected, stats.report().jitterUnits(), 1e-9);
        for (int seq = 41; seq <= 200; seq++) {
            arrive(seq, 0);
        }

        ReceptionReport report = stats.report();
        assertTrue(report.jitterMs() < 0.01, "jitter after 160 steady packets: " + report.jitterMs());
        assertEquals(expected / 8, report.maxJitterMs(), 1e-9);
    }

    @Test
    void countsDuplicatesAsReceivedSoLossGoesNegative() {
        arrive(0, 0);
        arrive(1, 0);
        arrive(2, 0);
        arrive(2, 1);
        arrive(3, 0);

        ReceptionReport report = stats.report();
        assertEquals(1, report.duplicates());
        assertEquals(5, report.packets());
        assertEquals(4, report.expected());
        assertEquals(-1, report.lost());
        assertEquals(0, report.lossPercent());
        assertEquals(0, report.outOfOrder());
    }

    @Test
    void countsReorderedPacketsWithoutLoss() {
        arrive(0, 0);
        arrive(1, 0);
        arrive(3, 0);
        arrive(2, 25);
        arrive(4, 0);

        ReceptionReport report = stats.report();
        assertEquals(1, report.outOfOrder());
        assertEquals(0, report.duplicates());
        assertEquals(0, report.lost());
        assertEquals(4, report.extendedHighestSequence());
    }

    @Test
    void reorderingAcrossTheWrapKeepsTheExtendedSequence() {
        arrive(65534, 0);
        arrive(0, 0);
        arrive(65535, 0);
        arrive(1, 0);

        ReceptionReport report = stats.report();
        assertEquals(65536 + 1, report.extendedHighestSequence());
        assertEquals(4, report.expected());
        assertEquals(0, report.lost());
        assertEquals(1, report.outOfOrder());
    }

    @Test
    void rfcProbationDoesNotCountANewSourcesFirstPacket() {
        ReceptionStatistics rfc = ReceptionStatistics.rfc3550(8000);
        assertFalse(rfc.onPacket(SSRC, 10, 0, 160, 0));
        assertTrue(rfc.onPacket(SSRC, 11, 160, 160, 20 * MS));
        assertTrue(rfc.onPacket(SSRC, 12, 320, 160, 40 * MS));

        ReceptionReport report = rfc.report();
        assertEquals(2, report.packets());
        assertEquals(2, report.expected());
        assertEquals(1, report.discarded());
    }

    @Test
    void restartsTheSequenceAfterTwoPacketsOfALargeJump() {
        for (int seq = 0; seq < 10; seq++) {
            arrive(seq, 0);
        }
        assertFalse(arrive(20000, 0), "a single large jump is not believed");
        assertTrue(arrive(20001, 0), "its successor is: the source restarted");

        ReceptionReport report = stats.report();
        assertEquals(1, report.packets());
        assertEquals(1, report.expected());
        assertEquals(20001, report.extendedHighestSequence());
        assertEquals(0, report.outOfOrder());
    }

    @Test
    void discardsOtherSourcesAndMalformedDatagrams() {
        arrive(0, 0);
        stats.onPacket(SSRC + 1, 1, 160, 160, 20 * MS);
        stats.onDatagram(new byte[] {0x40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 0, 12, 21 * MS);

        ReceptionReport report = stats.report();
        assertEquals(1, report.packets());
        assertEquals(2, report.discarded());
        assertEquals(SSRC, report.ssrc());
    }

    @Test
    void countsADatagramFromItsHeaderInPlace() {
        byte[] buf = new byte[172];
        RtpWire.writeHeader(buf, 0, true, 0, 7, 1120, SSRC);

        assertTrue(stats.onDatagram(buf, 0, buf.length, 0));
        assertEquals(160, stats.report().octets());
    }

    @Test
    void keepsAQuarterSecondTimelineOfLossAndJitter() {
        for (int seq = 0; seq < 150; seq++) {
            if (seq < 50 || seq % 5 != 0) {
                arrive(seq, 0);
            }
        }

        List<TimelineSample> timeline = stats.timeline();
        assertEquals(12, timeline.size(), "3 s of packets in quarter seconds: " + timeline);
        assertEquals(new TimelineSample(0, 13, 0, 0, 0), timeline.get(0), "0 to 240 ms: 13 packets 20 ms apart");
        assertEquals(0.25, timeline.get(1).second(), 1e-9);
        // the second second (slices 4 to 7) lost every fifth packet: 40 arrived, 10 lost, 20 %
        List<TimelineSample> secondSecond = timeline.subList(4, 8);
        assertEquals(40, secondSecond.stream().mapToLong(TimelineSample::packets).sum());
        assertEquals(10, secondSecond.stream().mapToLong(TimelineSample::lost).sum());
        assertEquals(20.0, timeline.get(4).lossPercent(), 10.0, "about a fifth lost in each slice");
    }

    @Test
    void allocatesNothingPerPacket() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        byte[] packet = new byte[172];
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        for (int seq = 0; seq < 100_000; seq++) {
            RtpWire.writeHeader(packet, 0, false, 0, seq & 0xffff, 160L * seq & 0xffffffffL, SSRC);
            stats.onDatagram(packet, 0, packet.length, seq * 20 * MS);
        }
        long allocated = threads.getThreadAllocatedBytes(id) - before;

        assertEquals(100_000, stats.report().packets());
        // only the timeline grows, with the stream's length: 2000 s are 8000 quarter seconds, three arrays of 8-byte
        // entries doubling to 8192 (about 390 KB in all); a packet of its own allocates nothing
        assertTrue(allocated < 512 * 1024, allocated + " bytes allocated for 100000 packets");
    }
}
