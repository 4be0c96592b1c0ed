package io.phonebench.emulator.rtp;

import io.phonebench.protocol.rtp.MediaFormat;
import io.phonebench.protocol.rtp.RtpWire;
import io.phonebench.protocol.rtp.SenderStatistics;
import io.phonebench.protocol.rtp.SenderStatistics.SenderCounts;
import io.phonebench.protocol.rtp.ToneSource;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * The sending half of a phone's stream: a µ-law tone in 20 ms packets, each sent at its absolute due time from the
 * stream start so a late wake-up never shifts the packets after it.
 */
final class TransmitLeg {
    private static final MediaFormat FORMAT = MediaFormat.PCMU_20MS;
    /** Longest single park, so a stop is noticed promptly. */
    private static final long MAX_PARK_NANOS = 50_000_000L;

    private final DatagramSocket socket;
    private final InetSocketAddress local;
    private final InetSocketAddress destination;
    private final Instant started;
    private final SenderStatistics statistics = new SenderStatistics();
    private final ToneSource tone = ToneSource.testTone();
    private final Thread thread;
    private volatile boolean running = true;

    private TransmitLeg(DatagramSocket socket, InetSocketAddress destination, Instant started, String threadName) {
        this.socket = socket;
        this.local = (InetSocketAddress) socket.getLocalSocketAddress();
        this.destination = destination;
        this.started = started;
        this.thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
    }

    static TransmitLeg start(InetAddress localAddress, InetSocketAddress destination, boolean multicast, Instant now,
            String name) throws IOException {
        DatagramSocket socket;
        if (multicast) {
            MulticastSocket m = new MulticastSocket(new InetSocketAddress(localAddress, 0));
            m.setNetworkInterface(MulticastInterface.of(localAddress));
            socket = m;
        } else {
            socket = new DatagramSocket(new InetSocketAddress(localAddress, 0));
        }
        TransmitLeg leg = new TransmitLeg(socket, destination, now, name);
        leg.thread.start();
        return leg;
    }

    private void run() {
        SplittableRandom random = new SplittableRandom();
        long ssrc = random.nextLong(1L << 32);
        int sequence = random.nextInt(1 << 16);
        long timestamp = random.nextLong(1L << 32);
        byte[] buf = new byte[RtpWire.FIXED_HEADER + FORMAT.payloadOctets()];
        DatagramPacket packet = new DatagramPacket(buf, buf.length, destination);
        // the payload is made before its due time, so only the header and the send happen on time
        tone.fill(buf, RtpWire.FIXED_HEADER, FORMAT.samplesPerPacket());
        long start = System.nanoTime();
        for (long n = 0; running; n++) {
            if (!sleepUntil(FORMAT.dueNanos(start, n))) {
                return;
            }
            RtpWire.writeHeader(buf, 0, n == 0, FORMAT.payloadType(), sequence, timestamp, ssrc);
            // Counted as it is handed to the network, before send() returns: on a loaded host this thread can be
            // preempted after the packet has left, and StreamingStatisticsX read then must not show fewer packets
            // than the far end already has (seen as "says it sent 39, the bench saw 40").
            statistics.onSent(FORMAT.payloadOctets());
            try {
                socket.send(packet);
            } catch (IOException e) {
                // a real phone keeps streaming through transient send errors (no route, ICMP refusals)
            }
            tone.fill(buf, RtpWire.FIXED_HEADER, FORMAT.samplesPerPacket());
            sequence = (sequence + 1) & 0xffff;
            timestamp = (timestamp + FORMAT.samplesPerPacket()) & 0xffffffffL;
        }
    }

    private boolean sleepUntil(long due) {
        for (long left = due - System.nanoTime(); left > 0 && running; left = due - System.nanoTime()) {
            LockSupport.parkNanos(Math.min(left, MAX_PARK_NANOS));
        }
        return running;
    }

    void stop(Duration patience) {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(patience.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            socket.close();
        }
    }

    InetSocketAddress local() {
        return local;
    }

    InetSocketAddress destination() {
        return destination;
    }

    Instant started() {
        return started;
    }

    SenderCounts counts() {
        return statistics.counts();
    }

    static MediaFormat format() {
        return FORMAT;
    }
}
