package io.phonebench.emulator.rtp;

import io.phonebench.protocol.rtp.MuLaw;
import io.phonebench.protocol.rtp.ReceptionReport;
import io.phonebench.protocol.rtp.ReceptionStatistics;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The receiving half of a phone's stream: one UDP socket, one thread, RFC 3550 statistics. */
final class ReceiveLeg {
    private static final Logger LOG = LoggerFactory.getLogger(ReceiveLeg.class);

    private final DatagramSocket socket;
    private final InetSocketAddress local;
    private final InetAddress expectedSource;
    private final Instant started;
    private final ReceptionStatistics statistics = ReceptionStatistics.knownSource(MuLaw.CLOCK_RATE);
    private final Thread thread;
    /** What a received packet is stamped with unless a paced stream says otherwise ({@link #stampWith}). */
    static final LongSupplier WALL_CLOCK = System::nanoTime;

    private volatile LongSupplier arrivalNanos = WALL_CLOCK;
    private long taken;   // datagrams handled so far, guarded by this
    private volatile boolean running = true;
    private volatile InetSocketAddress remote;

    private ReceiveLeg(DatagramSocket socket, InetSocketAddress local, InetAddress source, Instant started,
            String threadName) {
        this.socket = socket;
        this.local = local;
        this.expectedSource = source;
        this.started = started;
        this.thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
    }

    static ReceiveLeg unicast(InetAddress localAddress, int port, InetAddress source, Instant now, String name)
            throws IOException {
        DatagramSocket socket = new DatagramSocket(new InetSocketAddress(localAddress, port));
        return start(new ReceiveLeg(socket, new InetSocketAddress(localAddress, socket.getLocalPort()), source, now,
                name));
    }

    static ReceiveLeg multicast(InetAddress localAddress, InetAddress group, int port, Instant now, String name)
            throws IOException {
        MulticastSocket socket = new MulticastSocket(port);
        try {
            socket.joinGroup(new InetSocketAddress(group, port), MulticastInterface.of(localAddress));
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        return start(new ReceiveLeg(socket, new InetSocketAddress(localAddress, port), group, now, name));
    }

    private static ReceiveLeg start(ReceiveLeg leg) {
        leg.thread.start();
        return leg;
    }

    private void run() {
        DatagramPacket packet = new DatagramPacket(new byte[2048], 2048);
        while (running) {
            try {
                socket.receive(packet);   // until a datagram comes or stop() closes the socket
            } catch (IOException e) {
                if (running) {
                    LOG.warn("phone RTP receive on {} stopped: {}", local, e.toString());
                }
                return;
            }
            if (remote == null) {
                remote = (InetSocketAddress) packet.getSocketAddress();
            }
            statistics.onDatagram(packet.getData(), packet.getOffset(), packet.getLength(), arrivalNanos.getAsLong());
            synchronized (this) {
                taken++;
                notifyAll();
            }
        }
    }

    /**
     * Returns once this leg has handled {@code datagrams} datagrams; false when it has not within {@code timeout}. A
     * stream paced on the phone's driven clock waits here for each packet, so every arrival is stamped before the clock
     * moves on.
     */
    synchronized boolean awaitTaken(long datagrams, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (long left = timeout.toNanos(); taken < datagrams; left = deadline - System.nanoTime()) {
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /**
     * Closes the socket and waits at most {@code patience} for the thread to end; safe to call twice. Closing is what
     * wakes a blocked receive, and a socket closed under one keeps its port bound until that receive has returned: the
     * port is free for the next RTPRx once the thread has ended, which the join waits for. (It used to join first,
     * waiting for a 50 ms receive timeout to see the stop flag; a thread that missed the patience under load left the
     * port bound, and the next RTPRx on it answered 503 as if another process held it.)
     */
    void stop(Duration patience) {
        running = false;
        socket.close();
        try {
            thread.join(patience.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** From now on, received packets are stamped with {@code nanos}. */
    void stampWith(LongSupplier nanos) {
        arrivalNanos = nanos;
    }

    InetSocketAddress local() {
        return local;
    }

    /** Where packets came from; before the first packet, the address the URI named with port 0. */
    InetSocketAddress remote() {
        InetSocketAddress seen = remote;
        return seen != null ? seen : new InetSocketAddress(expectedSource, 0);
    }

    Instant started() {
        return started;
    }

    ReceptionReport report() {
        return statistics.report();
    }
}
