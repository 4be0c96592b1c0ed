package io.phonebench.drivers.rtp;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.protocol.rtp.MediaFormat;
import io.phonebench.protocol.rtp.ReceptionReport;
import io.phonebench.protocol.rtp.ReceptionStatistics;
import io.phonebench.protocol.rtp.RtpWire;
import io.phonebench.protocol.rtp.SenderStatistics;
import io.phonebench.protocol.rtp.SenderStatistics.SenderCounts;
import io.phonebench.protocol.rtp.TimelineSample;
import io.phonebench.protocol.rtp.ToneSource;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends one planned stream to a phone, each packet at its absolute due time. Besides counting what it sent it taps
 * the wire: the same RFC 3550 statistics a perfect receiver right behind the impairment would compute. That tap is
 * what the phone's receive figures are judged against.
 */
public final class RtpSender {
    private final DatagramSocket socket;
    private final InetSocketAddress phone;
    private final SendPlan plan;
    private final StreamPacing pacing;
    private final ImpairedLine line;
    private final SenderStatistics generated = new SenderStatistics();
    private final SenderStatistics sent = new SenderStatistics();
    private final ReceptionStatistics wire;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final DatagramPacket outgoing;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile IOException failure;
    private long datagrams;   // sender thread only

    RtpSender(DatagramSocket socket, InetSocketAddress phone, SendPlan plan, StreamPacing pacing) {
        this.socket = socket;
        this.phone = phone;
        this.plan = plan;
        this.pacing = pacing;
        this.line = new ImpairedLine(plan.impairment(), plan.format().packetNanos());
        this.wire = ReceptionStatistics.knownSource(plan.format().clockRate());
        this.outgoing = new DatagramPacket(new byte[0], 0, phone);
        this.thread = new Thread(this::run, "rtp-send-" + phone);
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            MediaFormat format = plan.format();
            int payload = format.payloadOctets();
            byte[] buf = new byte[RtpWire.FIXED_HEADER + payload];
            PayloadSource source = payloadSource();
            long total = plan.packets();
            // payloads are made ahead of their due time, so only the header and the send happen on time
            source.fill(buf, RtpWire.FIXED_HEADER, payload);
            long start = pacing.nanos();
            long n = 0;
            while (running) {
                long nextPacket = n < total ? format.dueNanos(start, n) : Long.MAX_VALUE;
                long next = Math.min(nextPacket, line.nextDueNanos());
                if (next == Long.MAX_VALUE || !sleepUntil(next)) {
                    return;
                }
                long now = pacing.nanos();
                line.drainDue(now, this::put);
                if (now >= nextPacket) {
                    RtpWire.writeHeader(buf, 0, n == 0, format.payloadType(),
                            (int) ((plan.firstSequence() + n) & 0xffff),
                            (plan.firstTimestamp() + n * format.samplesPerPacket()) & 0xffffffffL, plan.ssrc());
                    generated.onSent(payload);
                    line.offer(buf, 0, buf.length, now, this::put);
                    source.fill(buf, RtpWire.FIXED_HEADER, payload);
                    n++;
                }
            }
        } finally {
            try {
                pacing.finished();
            } finally {
                finished.countDown();
            }
        }
    }

    private void put(byte[] buf, int off, int len, long nowNanos) {
        if (failure != null) {
            return;
        }
        outgoing.setData(buf, off, len);
        try {
            socket.send(outgoing);
        } catch (IOException e) {
            failure = e;
            running = false;
            return;
        }
        sent.onSent(RtpWire.payloadLength(buf, off, len));
        wire.onDatagram(buf, off, len, pacing.nanos());
        try {
            pacing.handedOver(++datagrams);
        } catch (RuntimeException e) {
            failure = new IOException(e.getMessage(), e);
            running = false;
        }
    }

    private PayloadSource payloadSource() {
        if (plan.media().isEmpty()) {
            ToneSource tone = ToneSource.testTone();
            return tone::fill;
        }
        byte[] media = plan.media().get();
        int[] at = {0};
        return (out, off, octets) -> {
            for (int i = 0; i < octets; i++) {
                out[off + i] = media[at[0]];
                at[0] = (at[0] + 1) % media.length;
            }
        };
    }

    private boolean sleepUntil(long due) {
        pacing.awaitDue(due, () -> running);
        return running;
    }

    /**
     * Waits until every planned packet (and every one the impairment held back) has left.
     *
     * @throws BenchInfrastructureException when sending failed, or the stream has not finished within the timeout
     */
    public RtpSender awaitFinished(Duration timeout) {
        try {
            if (!finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BenchInfrastructureException("RTP stream to " + phone + " expected to finish its "
                        + plan.packets() + " packets within " + timeout.toMillis() + " ms but has sent "
                        + generated.counts().packets());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchInfrastructureException("interrupted while waiting for the RTP stream to " + phone, e);
        }
        checkFailure();
        return this;
    }

    /** Ends the stream early; what has left is counted. Idempotent. */
    public void stop() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean finished() {
        return finished.getCount() == 0;
    }

    /** Packets the media source produced, before impairment. */
    public SenderCounts generated() {
        return generated.counts();
    }

    /** Packets that actually left the bench: losses taken out, duplicates counted. */
    public SenderCounts sent() {
        return sent.counts();
    }

    /** What a perfect receiver behind the impairment measures: the expectation for the phone's receive figures. */
    public ReceptionReport wire() {
        return wire.report();
    }

    public List<TimelineSample> timeline() {
        return wire.timeline();
    }

    public ImpairmentCounts impairments() {
        return line.counts();
    }

    public SendPlan plan() {
        return plan;
    }

    /** What this stream was paced by: real time, or a virtual phone's driven clock. */
    public StreamPacing pacing() {
        return pacing;
    }

    private void checkFailure() {
        IOException e = failure;
        if (e != null) {
            throw new BenchInfrastructureException("RTP send to " + phone + " from "
                    + socket.getLocalSocketAddress() + " failed: " + e.getMessage(), e);
        }
    }

    /** Fills one packet's payload. */
    @FunctionalInterface
    private interface PayloadSource {
        void fill(byte[] out, int off, int octets);
    }
}
