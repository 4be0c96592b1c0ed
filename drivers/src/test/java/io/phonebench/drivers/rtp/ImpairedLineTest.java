package io.phonebench.drivers.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImpairedLineTest {
    private static final long PACKET = 20_000_000L;

    /** Datagram {@code i} is one byte holding {@code i}; delivery records (index, time). */
    private final List<long[]> delivered = new ArrayList<>();
    private final ImpairedLine.Sink sink = (buf, off, len, now) -> delivered.add(new long[] {buf[off] & 0xff, now});

    private void run(ImpairedLine line, int datagrams) {
        for (int i = 0; i < datagrams; i++) {
            long now = i * PACKET;
            line.drainDue(now, sink);
            line.offer(new byte[] {(byte) i}, 0, 1, now, sink);
        }
        line.drainDue(Long.MAX_VALUE - 1, sink);
    }

    @Test
    void passesDatagramsStraightThroughWithoutImpairment() {
        byte[] datagram = {7};
        List<byte[]> seen = new ArrayList<>();
        new ImpairedLine(Impairment.NONE, PACKET).offer(datagram, 0, 1, 5, (buf, off, len, now) -> seen.add(buf));

        assertSame(datagram, seen.get(0), "no copy on the clean path");
    }

    @Test
    void dropsTheSeededShareOfDatagrams() {
        ImpairedLine line = new ImpairedLine(Impairment.seeded(42).withLoss(10), PACKET);
        for (int i = 0; i < 10_000; i++) {
            line.offer(new byte[] {0}, 0, 1, i, sink);
        }

        ImpairmentCounts counts = line.counts();
        assertEquals(10_000, counts.offered());
        assertTrue(Math.abs(counts.dropped() - 1000) < 100, "dropped " + counts.dropped() + " of 10000 at 10 %");
        assertEquals(10_000 - counts.dropped(), delivered.size());
    }

    @Test
    void repeatsTheSameDecisionsForTheSameSeed() {
        Impairment impairment = Impairment.seeded(7).withLoss(5).withJitter(30).withDuplication(2);
        run(new ImpairedLine(impairment, PACKET), 500);
        List<long[]> first = List.copyOf(delivered);
        delivered.clear();

        run(new ImpairedLine(impairment, PACKET), 500);

        assertEquals(first.size(), delivered.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i)[0], delivered.get(i)[0], "datagram at position " + i);
        }
    }

    @Test
    void holdsEachDatagramUpToTheAddedJitter() {
        ImpairedLine line = new ImpairedLine(Impairment.seeded(3).withJitter(30), PACKET);
        for (int i = 0; i < 200; i++) {
            long now = i * PACKET;
            line.drainDue(now, sink);
            line.offer(new byte[] {(byte) i}, 0, 1, now, sink);
        }
        line.drainDue(Long.MAX_VALUE - 1, sink);

        assertEquals(200, delivered.size());
        boolean reordered = false;
        for (int i = 0; i < delivered.size() - 1; i++) {
            reordered |= delivered.get(i)[0] > delivered.get(i + 1)[0];
        }
        assertTrue(reordered, "30 ms of jitter on 20 ms packets lets some overtake others");
    }

    @Test
    void releasesAHeldDatagramAtItsDueTimeNotBefore() {
        ImpairedLine line = new ImpairedLine(Impairment.seeded(1).withReordering(100), PACKET);
        line.offer(new byte[] {1}, 0, 1, 0, sink);

        assertEquals(2 * PACKET, line.nextDueNanos(), "reordering holds a datagram two packet times");
        line.drainDue(2 * PACKET - 1, sink);
        assertTrue(delivered.isEmpty());
        line.drainDue(2 * PACKET, sink);
        assertEquals(1, delivered.size());
        assertEquals(Long.MAX_VALUE, line.nextDueNanos());
    }

    @Test
    void reorderingLetsTheNextDatagramsOvertake() {
        run(new ImpairedLine(Impairment.seeded(5).withReordering(10), PACKET), 300);

        long late = 0;
        for (int i = 0; i < delivered.size() - 1; i++) {
            late += delivered.get(i)[0] > delivered.get(i + 1)[0] ? 1 : 0;
        }
        assertEquals(300, delivered.size());
        assertTrue(late > 10 && late < 60, late + " datagrams arrived after a later one at 10 % reordering");
    }

    @Test
    void duplicatesTheSeededShare() {
        ImpairedLine line = new ImpairedLine(Impairment.seeded(9).withDuplication(20), PACKET);
        run(line, 1000);

        long duplicated = line.counts().duplicated();
        assertTrue(duplicated > 150 && duplicated < 250, "duplicated " + duplicated + " of 1000 at 20 %");
        assertEquals(1000 + duplicated, delivered.size());
    }

    @Test
    void refusesPercentagesOutsideZeroToHundred() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Impairment.seeded(1).withLoss(101));
        assertEquals("expected loss 0-100 % but found 101.0", e.getMessage());
    }
}
