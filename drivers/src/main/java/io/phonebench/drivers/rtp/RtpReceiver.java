package io.phonebench.drivers.rtp;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.protocol.rtp.MediaFormat;
import io.phonebench.protocol.rtp.ReceptionReport;
import io.phonebench.protocol.rtp.ReceptionStatistics;
import io.phonebench.protocol.rtp.TimelineSample;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Receives a phone's stream on the bench and measures it with RFC 3550 statistics and a quarter-second timeline. An
 * impairment here stands for the network between phone and bench: packets pass through it before they are counted.
 */
public final class RtpReceiver {
    private static final int POLL_MILLIS = 20;

    private final DatagramSocket socket;
    private final ImpairedLine line;
    private final ReceptionStatistics statistics;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile InetSocketAddress remote;
    private volatile long lastArrivalNanos;
    private volatile IOException failure;

    RtpReceiver(DatagramSocket socket, MediaFormat format, Impairment impairment) {
        this.socket = socket;
        this.line = new ImpairedLine(impairment, format.packetNanos());
        this.statistics = ReceptionStatistics.knownSource(format.clockRate());
        this.thread = new Thread(this::run, "rtp-receive-" + socket.getLocalSocketAddress());
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        DatagramPacket packet = new DatagramPacket(new byte[2048], 2048);
        while (running) {
            try {
                long untilDue = line.nextDueNanos() - System.nanoTime();
                int wait = (int) Math.max(1, Math.min(POLL_MILLIS, (untilDue + 999_999) / 1_000_000));
                socket.setSoTimeout(wait);
                socket.receive(packet);
                long now = System.nanoTime();
                if (remote == null) {
                    remote = (InetSocketAddress) packet.getSocketAddress();
                }
                lastArrivalNanos = now;
                line.offer(packet.getData(), packet.getOffset(), packet.getLength(), now, this::count);
            } catch (SocketTimeoutException e) {
                line.drainDue(System.nanoTime(), this::count);
            } catch (IOException e) {
                if (running && !(e instanceof SocketException && socket.isClosed())) {
                    failure = e;
                }
                return;
            }
        }
    }

    private void count(byte[] buf, int off, int len, long nowNanos) {
        statistics.onDatagram(buf, off, len, nowNanos);
    }

    /** The report so far. */
    public ReceptionReport report() {
        checkFailure();
        return statistics.report();
    }

    /** A.3 fraction lost since the previous call, in 1/256. */
    public int closeInterval() {
        return statistics.closeInterval();
    }

    public List<TimelineSample> timeline() {
        return statistics.timeline();
    }

    public ImpairmentCounts impairments() {
        return line.counts();
    }

    /** Where the stream came from, once a packet has arrived. */
    public Optional<InetSocketAddress> remote() {
        return Optional.ofNullable(remote);
    }

    /**
     * Waits until the report satisfies {@code condition}.
     *
     * @throws BenchInfrastructureException on timeout, quoting the last report
     */
    public ReceptionReport awaitReport(Predicate<ReceptionReport> condition, String what, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            ReceptionReport r = report();
            if (condition.test(r)) {
                return r;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new BenchInfrastructureException("RTP receiver on " + socket.getLocalSocketAddress()
                        + " expected " + what + " within " + timeout.toMillis() + " ms; last report: " + r);
            }
            pause();
        }
    }

    /** Waits until {@code quiet} has passed without a datagram (after at least one), e.g. after a phone stopped. */
    public ReceptionReport awaitQuiet(Duration quiet, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long last = lastArrivalNanos;
            if (last != 0 && System.nanoTime() - last >= quiet.toNanos() && line.nextDueNanos() == Long.MAX_VALUE) {
                return report();
            }
            if (System.nanoTime() - deadline > 0) {
                throw new BenchInfrastructureException("RTP receiver on " + socket.getLocalSocketAddress()
                        + " expected the stream to go quiet for " + quiet.toMillis() + " ms within "
                        + timeout.toMillis() + " ms; " + (last == 0 ? "nothing arrived" : "last report: " + report()));
            }
            pause();
        }
    }

    /** Stops receiving; the figures stay readable. Idempotent. */
    public void stop() {
        running = false;
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchInfrastructureException("interrupted while waiting for RTP", e);
        }
    }

    private void checkFailure() {
        IOException e = failure;
        if (e != null) {
            throw new BenchInfrastructureException("RTP receive on " + socket.getLocalSocketAddress() + " failed: "
                    + e.getMessage(), e);
        }
    }
}
