package io.phonebench.bench.benchmark;

import io.phonebench.protocol.rtp.ReceptionStatistics;
import io.phonebench.protocol.rtp.RtpWire;
import java.util.List;

/**
 * {@code rtp_statistics_pps}: packets a second that {@link ReceptionStatistics} accounts on one thread, fed G.711
 * datagrams (12-byte header, 160 bytes of payload) encoded beforehand, so only the receiver's own work is timed.
 * Median over runs, each on fresh statistics, timed in {@link ThreadClock} CPU time. The accounting alone, with no
 * socket: {@code rtp_receiver_pps} ({@link RtpReceiverThroughput}) is what the bench's receiver does end to end.
 */
final class RtpStatisticsThroughput {
    private static final int PACKET = RtpWire.FIXED_HEADER + 160;
    private static final int DISTINCT = 1 << 16;   // one whole sequence cycle, so the wrap is exercised too
    private static final long PACKET_NANOS = 20_000_000L;
    private static final long SSRC = 0x5EB0C4L;

    private final int warmupRuns;
    private final int runs;
    private final int packetsPerRun;

    RtpStatisticsThroughput(BenchmarkPlan.Rtp plan) {
        this(plan.warmupRuns(), plan.runs(), plan.packetsPerRun());
    }

    RtpStatisticsThroughput(int warmupRuns, int runs, int packetsPerRun) {
        if (warmupRuns < 0 || runs < 1 || packetsPerRun < 1) {
            throw new IllegalArgumentException("RTP receiver: expected warmup >= 0, runs >= 1 and packets >= 1, saw "
                    + warmupRuns + ", " + runs + ", " + packetsPerRun);
        }
        this.warmupRuns = warmupRuns;
        this.runs = runs;
        this.packetsPerRun = packetsPerRun;
    }

    List<Figure> measure() {
        byte[] wire = encoded();
        long counted = 0;
        for (int i = 0; i < warmupRuns; i++) {
            counted += run(wire)[1];
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long[] r = run(wire);
            nanos[i] = r[0];
            counted += r[1];
        }
        if (counted == 0) {
            throw new IllegalStateException("RTP receiver benchmark: the statistics counted none of the packets fed");
        }
        return List.of(new Figure("rtp_statistics_pps", packetsPerRun / (Timings.of(nanos).medianNanos() / 1e9)));
    }

    /** One run on fresh statistics: {elapsed nanos, packets counted}. */
    private long[] run(byte[] wire) {
        ReceptionStatistics statistics = ReceptionStatistics.knownSource(8000);
        long counted = 0;
        long start = ThreadClock.nanos();
        for (int i = 0; i < packetsPerRun; i++) {
            if (statistics.onDatagram(wire, (i & (DISTINCT - 1)) * PACKET, PACKET, i * PACKET_NANOS)) {
                counted++;
            }
        }
        long elapsed = ThreadClock.nanos() - start;
        return new long[] {elapsed, counted};
    }

    private static byte[] encoded() {
        byte[] wire = new byte[DISTINCT * PACKET];
        for (int seq = 0; seq < DISTINCT; seq++) {
            int off = seq * PACKET;
            RtpWire.writeHeader(wire, off, seq == 0, 0, seq, seq * 160L, SSRC);
            for (int j = RtpWire.FIXED_HEADER; j < PACKET; j++) {
                wire[off + j] = (byte) 0xFF;   // mu-law silence
            }
        }
        return wire;
    }
}
