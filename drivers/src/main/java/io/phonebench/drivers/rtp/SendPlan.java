package io.phonebench.drivers.rtp;

import io.phonebench.protocol.rtp.MediaFormat;
import java.time.Duration;
import java.util.Optional;

/**
 * What a bench sender sends: format (codec, packet time), how long, what media, which impairment, and the header
 * values it starts from (fixed by default, so runs repeat; choose a sequence near 65535 to exercise the wrap).
 *
 * @param format         codec and packet time; Cisco RTP URIs use {@link MediaFormat#PCMU_20MS}
 * @param length         media time to send; packets = length / packet time
 * @param media          payload octets to loop through; empty sends the 1004 Hz test tone (PCMU only)
 * @param impairment     applied on the way out, before the phone sees the packets
 * @param ssrc           SSRC of the stream
 * @param firstSequence  sequence number of the first packet
 * @param firstTimestamp timestamp of the first packet
 */
public record SendPlan(MediaFormat format, Duration length, Optional<byte[]> media, Impairment impairment, long ssrc,
        int firstSequence, long firstTimestamp) {

    public SendPlan {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("expected a positive stream length but found " + length);
        }
        if (media.isPresent() && media.get().length == 0) {
            throw new IllegalArgumentException("expected media octets to send but found none");
        }
        if (media.isEmpty() && format.payloadType() != 0) {
            throw new IllegalArgumentException("expected PCMU for the built-in tone but found payload type "
                    + format.payloadType() + ": give media octets for other codecs");
        }
        media = media.map(byte[]::clone);
        if (ssrc < 0 || ssrc > 0xffffffffL || firstSequence < 0 || firstSequence > 0xffff || firstTimestamp < 0
                || firstTimestamp > 0xffffffffL) {
            throw new IllegalArgumentException("expected SSRC and timestamp 0-4294967295 and sequence 0-65535"
                    + " but found " + ssrc + ", " + firstTimestamp + ", " + firstSequence);
        }
    }

    /** A 20 ms PCMU test tone of the given length, unimpaired. */
    public static SendPlan tone(Duration length) {
        return new SendPlan(MediaFormat.PCMU_20MS, length, Optional.empty(), Impairment.NONE, 0x50420001L, 1000,
                160_000L);
    }

    /** The given µ-law (or other codec) octets, looped for the given length. */
    public static SendPlan media(MediaFormat format, byte[] octets, Duration length) {
        return new SendPlan(format, length, Optional.of(octets), Impairment.NONE, 0x50420001L, 1000, 160_000L);
    }

    public SendPlan withImpairment(Impairment i) {
        return new SendPlan(format, length, media, i, ssrc, firstSequence, firstTimestamp);
    }

    public SendPlan withFormat(MediaFormat f) {
        return new SendPlan(f, length, media, impairment, ssrc, firstSequence, firstTimestamp);
    }

    public SendPlan startingAt(long newSsrc, int sequence, long timestamp) {
        return new SendPlan(format, length, media, impairment, newSsrc, sequence, timestamp);
    }

    public long packets() {
        return format.packetsIn(length);
    }

    @Override
    public Optional<byte[]> media() {
        return media.map(byte[]::clone);
    }

    @Override
    public String toString() {
        return "SendPlan[" + format.codecName() + " " + format.packetTime().toMillis() + " ms, " + length.toMillis()
                + " ms, " + media.map(m -> m.length + " media octets").orElse("tone") + ", " + impairment + "]";
    }
}
