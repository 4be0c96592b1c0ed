package io.phonebench.bench.rtp;

/**
 * How far a phone's figures may be from the bench's. Counts may differ by the packets of one packet time (the phone
 * and the bench read their counters a moment apart); loss by half a percentage point; jitter by 2 ms (phones report
 * whole milliseconds and smooth differently).
 *
 * @param packets          packet counts, in packets
 * @param lossPercentPoints loss percentage, in percentage points
 * @param jitterMs          jitter, in milliseconds
 */
public record RtpTolerances(double packets, double lossPercentPoints, double jitterMs) {
    public static final RtpTolerances STANDARD = new RtpTolerances(1, 0.5, 2);

    public RtpTolerances {
        if (!(packets >= 0 && lossPercentPoints >= 0 && jitterMs >= 0)) {
            throw new IllegalArgumentException("expected tolerances of at least 0 but found " + packets
                    + " packets, " + lossPercentPoints + " points, " + jitterMs + " ms");
        }
    }
}
