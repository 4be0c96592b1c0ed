package io.phonebench.protocol.rtp;

import java.util.Arrays;
import java.util.List;

/**
 * RFC 3550 receiver statistics for one source, exactly as appendix A writes them: A.1 sequence validation with
 * wrap-around, A.3 cumulative loss and fraction lost, A.8 interarrival jitter. On top: highest jitter, duplicates and
 * out-of-order arrivals (a 1024-packet window), and a quarter-second timeline for charts.
 *
 * <p>Per packet it allocates nothing, so one core measures well over 100k packets a second. Methods are synchronized:
 * one thread feeds packets, others read reports.
 */
public final class ReceptionStatistics {
    public static final int MAX_DROPOUT = 3000;
    public static final int MAX_MISORDER = 100;
    /** A.1: packets in sequence before a new source is believed. */
    public static final int MIN_SEQUENTIAL = 2;

    private static final int SEQ_MOD = 1 << 16;
    private static final int WINDOW = 1024;

    private final int clockRate;
    private final int minSequential;
    private final long[] seen = new long[WINDOW / 64];
    private final StreamTimeline timeline = new StreamTimeline();

    private boolean started;
    private long ssrc;
    private int maxSeq;
    private long cycles;
    private long baseSeq;
    private int badSeq;
    private int probation;
    private long received;
    private long expectedPrior;
    private long receivedPrior;
    private long octets;
    private long highestExt;

    private long originNanos;
    private boolean hasTransit;
    private double prevArrival;
    private long prevTimestamp;
    private double jitter;
    private double maxJitter;

    private long duplicates;
    private long outOfOrder;
    private long discarded;

    /**
     * @param clockRate     media clock (timestamp units a second)
     * @param minSequential A.1 probation; 1 when the source is known (the bench configured it), so its first packet
     *                      counts and the received count matches the sender's
     */
    public ReceptionStatistics(int clockRate, int minSequential) {
        if (clockRate <= 0 || minSequential < 1) {
            throw new IllegalArgumentException("expected a positive clock rate and probation of at least 1 but found "
                    + clockRate + " Hz, " + minSequential);
        }
        this.clockRate = clockRate;
        this.minSequential = minSequential;
    }

    /** A.1 with the RFC's probation of {@link #MIN_SEQUENTIAL} packets. */
    public static ReceptionStatistics rfc3550(int clockRate) {
        return new ReceptionStatistics(clockRate, MIN_SEQUENTIAL);
    }

    /** For a source the bench set up itself: no probation, every packet counts from the first. */
    public static ReceptionStatistics knownSource(int clockRate) {
        return new ReceptionStatistics(clockRate, 1);
    }

    /** Parses the datagram's header in place and counts it; malformed datagrams count as discarded. */
    public synchronized boolean onDatagram(byte[] buf, int off, int len, long arrivalNanos) {
        int payload;
        try {
            payload = RtpWire.payloadLength(buf, off, len);
        } catch (RtpFormatException e) {
            discarded++;
            return false;
        }
        return onPacket(RtpWire.ssrc(buf, off), RtpWire.sequence(buf, off), RtpWire.timestamp(buf, off), payload,
                arrivalNanos);
    }

    /**
     * Counts one packet. The first packet's SSRC is the source measured; packets of other sources are discarded.
     *
     * @return whether the packet was counted as received (false while on probation, for another SSRC, or a packet
     *         the sequence check rejected as a jump)
     */
    public synchronized boolean onPacket(long packetSsrc, int sequence, long timestamp, int payloadOctets,
            long arrivalNanos) {
        if (!started) {
            started = true;
            ssrc = packetSsrc;
            originNanos = arrivalNanos;
            initSequence(sequence);
            maxSeq = (sequence - 1) & 0xffff;
            probation = minSequential;
        } else if (packetSsrc != ssrc) {
            discarded++;
            return false;
        }
        long previousHighest = highestExt;
        long ext = updateSequence(sequence);
        if (ext < 0) {
            discarded++;
            return false;
        }
        octets += payloadOctets;
        trackOrder(ext, previousHighest);
        trackJitter(timestamp, arrivalNanos);
        timeline.record((int) ((arrivalNanos - originNanos) / StreamTimeline.SLICE_NANOS), expected(), received,
                jitterMs());
        return true;
    }

    /**
     * A.3: closes a reporting interval and returns the fraction of packets lost in it, in 1/256 (0-255), as a receiver
     * report carries it.
     */
    public synchronized int closeInterval() {
        long expected = expected();
        long expectedInterval = expected - expectedPrior;
        expectedPrior = expected;
        long receivedInterval = received - receivedPrior;
        receivedPrior = received;
        long lostInterval = expectedInterval - receivedInterval;
        if (expectedInterval == 0 || lostInterval <= 0) {
            return 0;
        }
        return (int) Math.min(255, (lostInterval << 8) / expectedInterval);
    }

    public synchronized ReceptionReport report() {
        long expected = expected();
        long lost = Math.max(-0x800000L, Math.min(0x7fffffL, expected - received));
        return new ReceptionReport(ssrc, received, octets, expected, lost, received == 0 ? 0 : cycles + maxSeq,
                jitter, jitterMs(), maxJitter * 1000.0 / clockRate, outOfOrder, duplicates, discarded);
    }

    public synchronized List<TimelineSample> timeline() {
        return timeline.samples();
    }

    public int clockRate() {
        return clockRate;
    }

    private long expected() {
        return received == 0 ? 0 : cycles + maxSeq - baseSeq + 1;
    }

    private double jitterMs() {
        return jitter * 1000.0 / clockRate;
    }

    /** A.1 {@code init_seq}. */
    private void initSequence(int seq) {
        baseSeq = seq;
        maxSeq = seq;
        badSeq = SEQ_MOD + 1;
        cycles = 0;
        received = 0;
        receivedPrior = 0;
        expectedPrior = 0;
        highestExt = seq;
        Arrays.fill(seen, 0);
    }

    /** A.1 {@code update_seq}; returns the packet's extended sequence number, or -1 where A.1 returns 0. */
    private long updateSequence(int seq) {
        int udelta = (seq - maxSeq) & 0xffff;
        if (probation > 0) {
            if (seq == ((maxSeq + 1) & 0xffff)) {
                probation--;
                maxSeq = seq;
                if (probation == 0) {
                    initSequence(seq);
                    received++;
                    return seq;
                }
            } else {
                probation = minSequential - 1;
                maxSeq = seq;
            }
            return -1;
        }
        long ext;
        if (udelta < MAX_DROPOUT) {
            if (seq < maxSeq) {
                cycles += SEQ_MOD;
            }
            maxSeq = seq;
            ext = cycles + seq;
        } else if (udelta <= SEQ_MOD - MAX_MISORDER) {
            if (seq == badSeq) {
                // two sequential packets after a large jump: the source restarted, so start over (A.1)
                initSequence(seq);
                ext = seq;
            } else {
                badSeq = (seq + 1) & 0xffff;
                return -1;
            }
        } else {
            // duplicate or reordered packet, behind max_seq
            ext = seq <= maxSeq ? cycles + seq : cycles - SEQ_MOD + seq;
        }
        received++;
        return ext;
    }

    private void trackOrder(long ext, long previousHighest) {
        long highest = cycles + maxSeq;
        if (highest > highestExt) {
            if (highest - highestExt >= WINDOW) {
                Arrays.fill(seen, 0);
            } else {
                for (long e = highestExt + 1; e <= highest; e++) {
                    clear(e);
                }
            }
            highestExt = highest;
        }
        if (ext <= highestExt - WINDOW) {
            outOfOrder++;
            return;
        }
        int bit = (int) (ext & (WINDOW - 1));
        long mask = 1L << (bit & 63);
        if ((seen[bit >>> 6] & mask) != 0) {
            duplicates++;
            return;
        }
        seen[bit >>> 6] |= mask;
        if (ext < previousHighest && received > 1) { // received == 1: the sequence state was just (re)initialised
            outOfOrder++;
        }
    }

    private void clear(long ext) {
        int bit = (int) (ext & (WINDOW - 1));
        seen[bit >>> 6] &= ~(1L << (bit & 63));
    }

    /** A.8, in floating point as the RFC's reference code does, with arrivals converted to timestamp units. */
    private void trackJitter(long timestamp, long arrivalNanos) {
        double arrival = (arrivalNanos - originNanos) * (double) clockRate / 1e9;
        if (hasTransit) {
            // transit difference = arrival spacing minus timestamp spacing; the int cast handles timestamp wrap
            double d = Math.abs((arrival - prevArrival) - (int) (timestamp - prevTimestamp));
            jitter += (d - jitter) / 16.0;
            maxJitter = Math.max(maxJitter, jitter);
        }
        hasTransit = true;
        prevArrival = arrival;
        prevTimestamp = timestamp;
    }
}
