package io.phonebench.protocol.rtp;

import java.time.Duration;

/**
 * Codec and packet time of a stream. Cisco's RTP URIs always use G.711 µ-law in 20 ms packets (160 octets); the bench
 * may choose others to probe a phone.
 *
 * @param payloadType     RTP payload type
 * @param clockRate       media clock, timestamp units a second
 * @param octetsPerSample payload octets per sample (1 for G.711)
 * @param packetTime      media time per packet
 */
public record MediaFormat(int payloadType, int clockRate, int octetsPerSample, Duration packetTime) {
    public static final MediaFormat PCMU_20MS = pcmu(Duration.ofMillis(20));

    public MediaFormat {
        if (payloadType < 0 || payloadType > 127) {
            throw new IllegalArgumentException("expected payload type 0-127 but found " + payloadType);
        }
        if (clockRate <= 0 || octetsPerSample <= 0) {
            throw new IllegalArgumentException("expected a positive clock rate and octets per sample but found "
                    + clockRate + " Hz, " + octetsPerSample + " octets");
        }
        long units = packetTime.toNanos() * clockRate;
        if (packetTime.isNegative() || packetTime.isZero() || units % 1_000_000_000L != 0) {
            throw new IllegalArgumentException("expected a packet time of whole samples at " + clockRate
                    + " Hz but found " + packetTime.toNanos() + " ns");
        }
    }

    public static MediaFormat pcmu(Duration packetTime) {
        return new MediaFormat(MuLaw.PAYLOAD_TYPE, MuLaw.CLOCK_RATE, 1, packetTime);
    }

    /** Timestamp increment between consecutive packets. */
    public int samplesPerPacket() {
        return (int) (packetTime.toNanos() * clockRate / 1_000_000_000L);
    }

    public int payloadOctets() {
        return samplesPerPacket() * octetsPerSample;
    }

    public long packetNanos() {
        return packetTime.toNanos();
    }

    /** When packet {@code n} is due: absolute from the stream start, so pacing never accumulates drift. */
    public long dueNanos(long startNanos, long n) {
        return startNanos + n * packetNanos();
    }

    /** Packets in a stream of the given length, rounded down. */
    public long packetsIn(Duration length) {
        return length.toNanos() / packetNanos();
    }

    /** Codec name as Cisco streaming statistics show it (SenderCodec/RcvrCodec). */
    public String codecName() {
        return payloadType == MuLaw.PAYLOAD_TYPE ? "G711u" : "PT" + payloadType;
    }
}
