package io.phonebench.bench.phone;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.rtp.StreamPacing;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A stream to a virtual phone paced on its driven clock. Its time moves only from one packet's due time to the
 * next: the phone's clock (and its reference model's) is moved forward by the same step, the packet is handed over,
 * and the next waits until the phone has taken this one in. In virtual time a packet handed over arrives when it
 * is sent, so the phone stamps it with its due time, as the bench's wire tap does: nothing of the host's scheduling
 * enters either figure, and a 1.5 s tone costs a few milliseconds of wall time.
 */
final class DrivenStreamPacing implements StreamPacing {
    /** A datagram on loopback is taken in within microseconds; this bounds a phone that stopped receiving. */
    private static final Duration TAKEN_WITHIN = Duration.ofSeconds(5);

    private final String phone;
    private final Phone.ClockDrive drive;
    private final int phonePort;
    private volatile long now;

    DrivenStreamPacing(String phone, Phone.ClockDrive drive, int phonePort) {
        this.phone = phone;
        this.drive = drive;
        this.phonePort = phonePort;
        Instant start = drive.now();
        this.now = start.getEpochSecond() * 1_000_000_000L + start.getNano();
        if (!drive.stampRtpArrivals(phonePort, Optional.of(() -> this.now))) {
            throw new BenchInfrastructureException("virtual phone " + phone + " receives no RTP stream on port "
                    + phonePort + ": push its RTPRx: URI before sending");
        }
    }

    @Override
    public long nanos() {
        return now;
    }

    @Override
    public void awaitDue(long dueNanos, BooleanSupplier running) {
        long step = dueNanos - now;
        if (step > 0 && running.getAsBoolean()) {
            drive.advance(Duration.ofNanos(step));
            now = dueNanos;
        }
    }

    @Override
    public void handedOver(long datagrams) {
        if (!drive.awaitRtpTaken(phonePort, datagrams, TAKEN_WITHIN)) {
            throw new BenchInfrastructureException("virtual phone " + phone + " did not take in RTP datagram "
                    + datagrams + " on port " + phonePort + " within " + TAKEN_WITHIN.toSeconds() + " s of its"
                    + " sending (a stream paced on its driven clock waits for each)");
        }
    }

    @Override
    public void finished() {
        drive.stampRtpArrivals(phonePort, Optional.empty());
    }

    @Override
    public boolean realTime() {
        return false;
    }
}
