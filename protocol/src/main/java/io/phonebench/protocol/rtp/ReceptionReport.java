package io.phonebench.protocol.rtp;

/**
 * What a receiver has measured of one source so far (RFC 3550 §6.4.1 and appendix A), plus the bench's extras.
 *
 * @param ssrc                    the source measured; 0 before the first packet
 * @param packets                 packets received (A.1 {@code received}: duplicates count, so loss can go negative)
 * @param octets                  payload octets received, as the sender's octet count counts them
 * @param expected                A.3 {@code extended_max - base_seq + 1}
 * @param lost                    A.3 cumulative loss, {@code expected - packets} clamped to 24 bits signed
 * @param extendedHighestSequence A.1 {@code cycles + max_seq}
 * @param jitterUnits             A.8 interarrival jitter in timestamp units
 * @param jitterMs                the same in milliseconds
 * @param maxJitterMs             highest jitter estimate seen during the stream
 * @param outOfOrder              packets that arrived after a higher sequence number, duplicates excluded
 * @param duplicates              packets whose sequence number had already arrived
 * @param discarded               datagrams not counted: malformed, another SSRC, or still on probation (A.1)
 */
public record ReceptionReport(long ssrc, long packets, long octets, long expected, long lost,
        long extendedHighestSequence, double jitterUnits, double jitterMs, double maxJitterMs, long outOfOrder,
        long duplicates, long discarded) {

    /** Cumulative loss as a percentage of expected packets; 0 while nothing is expected or loss is negative. */
    public double lossPercent() {
        return expected <= 0 || lost <= 0 ? 0 : lost * 100.0 / expected;
    }
}
