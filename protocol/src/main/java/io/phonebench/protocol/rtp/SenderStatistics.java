package io.phonebench.protocol.rtp;

/** RFC 3550 §6.4.1 sender's packet and octet counts (payload octets only, no headers or padding). */
public final class SenderStatistics {
    private long packets;
    private long octets;

    public synchronized void onSent(int payloadOctets) {
        packets++;
        octets += payloadOctets;
    }

    public synchronized SenderCounts counts() {
        return new SenderCounts(packets, octets);
    }

    /** A snapshot of the sender's counts. */
    public record SenderCounts(long packets, long octets) {
        public static final SenderCounts NONE = new SenderCounts(0, 0);
    }
}
