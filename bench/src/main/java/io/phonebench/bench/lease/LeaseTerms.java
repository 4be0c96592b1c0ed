package io.phonebench.bench.lease;

import java.time.Duration;

/**
 * How a lease is held.
 *
 * @param ttl       how long the lease lasts without renewal; a crashed holder's lease lapses after this
 * @param maxWait   how long an acquirer waits for a held lease before failing
 * @param heartbeat how often the holder renews; {@link Duration#ZERO} for no heartbeat
 */
public record LeaseTerms(Duration ttl, Duration maxWait, Duration heartbeat) {
    public LeaseTerms {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("lease ttl must be positive, saw " + ttl);
        }
        if (maxWait.isNegative() || heartbeat.isNegative()) {
            throw new IllegalArgumentException("lease wait and heartbeat must not be negative");
        }
        if (!heartbeat.isZero() && heartbeat.compareTo(ttl) >= 0) {
            throw new IllegalArgumentException("heartbeat " + heartbeat + " must be shorter than ttl " + ttl);
        }
    }

    /** Ten-minute lease renewed every minute; wait up to {@code maxWait} for a busy rig. */
    public static LeaseTerms waiting(Duration maxWait) {
        return new LeaseTerms(Duration.ofMinutes(10), maxWait, Duration.ofMinutes(1));
    }
}
