package io.phonebench.drivers.rtp;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.protocol.rtp.MediaFormat;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;

/**
 * The bench's RTP port: one UDP socket that sends a planned stream to a phone and/or receives the phone's stream,
 * both measured per RFC 3550. {@link #close()} stops both and is idempotent.
 */
public final class RtpEndpoint implements AutoCloseable {
    /** DN911-URI: phones accept RTP ports that are even and within 20480-32768. */
    public static final int MIN_URI_PORT = 20480;
    public static final int MAX_URI_PORT = 32768;

    private final DatagramSocket socket;
    private final InetSocketAddress local;
    private RtpSender sender;
    private RtpReceiver receiver;
    private boolean closed;

    private RtpEndpoint(DatagramSocket socket) {
        this.socket = socket;
        this.local = (InetSocketAddress) socket.getLocalSocketAddress();
    }

    /** Opens on the given address and port (port 0: any free port). */
    public static RtpEndpoint open(InetSocketAddress bind) {
        try {
            return new RtpEndpoint(new DatagramSocket(bind));
        } catch (SocketException e) {
            throw new BenchInfrastructureException("cannot open an RTP endpoint on " + bind + ": " + e.getMessage(), e);
        }
    }

    /** Opens on the lowest free even port in 20480-32768, which RTP URIs can name. */
    public static RtpEndpoint openForUri(InetAddress address) {
        for (int port = MIN_URI_PORT; port <= MAX_URI_PORT; port += 2) {
            try {
                return new RtpEndpoint(new DatagramSocket(new InetSocketAddress(address, port)));
            } catch (BindException e) {
                // taken: try the next even port
            } catch (SocketException e) {
                throw new BenchInfrastructureException("cannot open an RTP endpoint on " + address.getHostAddress()
                        + ":" + port + ": " + e.getMessage(), e);
            }
        }
        throw new BenchInfrastructureException("expected a free even UDP port " + MIN_URI_PORT + "-" + MAX_URI_PORT
                + " on " + address.getHostAddress() + " but all are taken");
    }

    public InetSocketAddress local() {
        return local;
    }

    /** Starts sending the plan to the phone in real time; one sender at a time. */
    public RtpSender send(InetSocketAddress phone, SendPlan plan) {
        return send(phone, plan, StreamPacing.REAL_TIME);
    }

    /** Starts sending the plan to the phone, paced by {@code pacing}; one sender at a time. */
    public synchronized RtpSender send(InetSocketAddress phone, SendPlan plan, StreamPacing pacing) {
        checkOpen();
        if (sender != null && !sender.finished()) {
            throw new IllegalStateException("RTP endpoint " + local + " is still sending " + sender.plan()
                    + "; stop it first");
        }
        sender = new RtpSender(socket, phone, plan, pacing);
        return sender;
    }

    /** Starts measuring what arrives, through the given impairment; one receiver at a time. */
    public synchronized RtpReceiver receive(MediaFormat format, Impairment impairment) {
        checkOpen();
        if (receiver != null) {
            throw new IllegalStateException("RTP endpoint " + local + " already has a receiver");
        }
        receiver = new RtpReceiver(socket, format, impairment);
        return receiver;
    }

    public RtpReceiver receive(Impairment impairment) {
        return receive(MediaFormat.PCMU_20MS, impairment);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (sender != null) {
                sender.stop();
            }
        } finally {
            // Closing wakes the receiver's blocked receive, and the port is free once that receive has returned, which
            // the receiver's stop waits for: the next endpoint opened for a URI takes this port again.
            socket.close();
            if (receiver != null) {
                receiver.stop();
            }
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("RTP endpoint " + local + " is closed");
        }
    }
}
