package io.phonebench.emulator.rtp;

import io.phonebench.emulator.host.PortBinding;
import io.phonebench.protocol.rtp.ReceptionReport;
import io.phonebench.protocol.rtp.SenderStatistics.SenderCounts;
import io.phonebench.protocol.uri.RtpUri;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The XML-services RTP streams of one phone (RTPRx, RTPTx, RTPMRx, RTPMTx), over real UDP on the phone's address.
 * One stream per direction (DN911-URI: a second start answers {@value RtpOutcome#BUSY}); each stream is reported in
 * a StreamingStatisticsX slot 1..n, and a slot whose streams have stopped reads idle again.
 */
public final class RtpStreams implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RtpStreams.class);
    /**
     * A stopped leg's thread ends as soon as it runs (its socket closed, or unparked); this bounds only a host too busy
     * to run it, and a receive port is free for the next RTPRx only once the thread has ended.
     */
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(5);
    private static final Duration BIND_PATIENCE = Duration.ofSeconds(2);

    private final String name;
    private final InetAddress localAddress;
    private final Clock clock;
    private final ReceiveLeg[] receive;
    private final TransmitLeg[] transmit;
    private final OptionalInt[] volume;
    private final StreamSnapshot[] lastEnded;
    private boolean callActive;

    /**
     * @param name         the phone's device name, reported as Name
     * @param localAddress the phone's own address; its sockets bind here
     * @param slots        StreamingStatisticsX slots of the model ({@code PhoneModel.rtpStreamSlots()})
     */
    public RtpStreams(String name, InetAddress localAddress, int slots, Clock clock) {
        if (slots < 1) {
            throw new IllegalArgumentException("expected at least one stream slot for " + name + " but found " + slots);
        }
        this.name = name;
        this.localAddress = localAddress;
        this.clock = clock;
        this.receive = new ReceiveLeg[slots];
        this.transmit = new TransmitLeg[slots];
        this.volume = new OptionalInt[slots];
        this.lastEnded = new StreamSnapshot[slots];
    }

    public RtpStreams(String name, InetAddress localAddress, int slots) {
        this(name, localAddress, slots, Clock.systemUTC());
    }

    public int slots() {
        return receive.length;
    }

    public synchronized RtpOutcome start(StreamRequest request) {
        int i = index(request.slot());
        if (active(request.direction())) {
            return RtpOutcome.busy();
        }
        if (request.direction() == StreamDirection.TRANSMIT && callActive) {
            return RtpOutcome.unauthorized();
        }
        String thread = "rtp-" + request.direction().name().toLowerCase() + "-" + name + "-" + request.slot();
        Instant now = clock.instant();
        try {
            if (request.direction() == StreamDirection.TRANSMIT) {
                transmit[i] = TransmitLeg.start(localAddress,
                        new InetSocketAddress(request.address(), request.port().getAsInt()), request.multicast(), now,
                        thread);
                return RtpOutcome.success();
            }
            volume[i] = request.volume();
            if (request.multicast()) {
                receive[i] = ReceiveLeg.multicast(localAddress, request.address(), request.port().getAsInt(), now,
                        thread);
            } else if (request.port().isPresent()) {
                receive[i] = bindReceive(request.port().getAsInt(), request.address(), now, thread);
            } else {
                receive[i] = pickPort(request.address(), now, thread);
                return RtpOutcome.success(receive[i].local().getPort());
            }
            return RtpOutcome.success();
        } catch (BindException e) {
            boolean ownPort = request.direction() == StreamDirection.RECEIVE && request.port().isPresent();
            throw new HostSocketUnavailableException(name, localAddress, "RTP " + request.direction().name()
                    .toLowerCase() + (ownPort ? " port " + request.port().getAsInt() : " socket"), e,
                    ownPort ? UdpPortHolders.describe(request.port().getAsInt()) : "");
        } catch (IOException e) {
            return new RtpOutcome(6, "cannot open " + request.direction().name().toLowerCase() + " stream on "
                    + localAddress.getHostAddress() + ": " + e.getMessage(), OptionalInt.empty());
        }
    }

    /**
     * RTPRx on the port the URI names, tried again for {@link #BIND_PATIENCE} while it is taken ({@link PortBinding}):
     * twice a clean build saw the port of a stream stopped just before still bound for the next RTPRx, although the
     * stopped leg's socket is closed and its thread ended by then.
     */
    private ReceiveLeg bindReceive(int port, InetAddress source, Instant now, String thread) throws IOException {
        long start = System.nanoTime();
        String[] firstHolders = {null};
        ReceiveLeg leg = PortBinding.within(BIND_PATIENCE,
                () -> ReceiveLeg.unicast(localAddress, port, source, now, thread), taken -> {
                    String holders = UdpPortHolders.describe(port);
                    firstHolders[0] = holders.isEmpty() ? "this host lists no sockets" : holders;
                });
        if (firstHolders[0] != null) {
            LOG.warn("{}: RTP receive port {} on {} was taken and came free after {} ms ({})", name, port,
                    localAddress.getHostAddress(), (System.nanoTime() - start) / 1_000_000, firstHolders[0]);
        }
        return leg;
    }

    /** RTPRx without a port: the lowest free even port in 20480-32768. */
    private ReceiveLeg pickPort(InetAddress source, Instant now, String thread) throws IOException {
        for (int port = StreamRequest.MIN_PORT; port <= StreamRequest.MAX_PORT; port += 2) {
            try {
                return ReceiveLeg.unicast(localAddress, port, source, now, thread);
            } catch (BindException e) {
                // taken: try the next even port
            }
        }
        throw new BindException("no free even port in " + StreamRequest.MIN_PORT + "-" + StreamRequest.MAX_PORT);
    }

    /** Carries out a parsed RTP URI: {@code RTPRx:Stop} and friends stop, the others start. */
    public RtpOutcome execute(RtpUri uri) {
        if (uri.isStop()) {
            return stop(uri.stream().receive() ? StreamDirection.RECEIVE : StreamDirection.TRANSMIT);
        }
        try {
            return start(StreamRequest.of(uri));
        } catch (UnknownHostException e) {
            return new RtpOutcome(6, "unknown host in " + uri.format(), OptionalInt.empty());
        }
    }

    public RtpOutcome receive(InetAddress source, int port, OptionalInt volumePercent) {
        StreamRequest r = StreamRequest.receive(source, port);
        return start(volumePercent.isPresent() ? r.withVolume(volumePercent.getAsInt()) : r);
    }

    public RtpOutcome transmit(InetAddress destination, int port) {
        return start(StreamRequest.transmit(destination, port));
    }

    /** RTPRx:Stop / RTPTx:Stop (also ends the multicast stream of that direction); stopping nothing succeeds. */
    public synchronized RtpOutcome stop(StreamDirection direction) {
        for (int i = 0; i < slots(); i++) {
            boolean has = direction == StreamDirection.RECEIVE ? receive[i] != null : transmit[i] != null;
            if (!has) {
                continue;
            }
            // stop first, so the final figures include the last packet the leg's thread handled
            if (direction == StreamDirection.RECEIVE) {
                receive[i].stop(STOP_PATIENCE);
            } else {
                transmit[i].stop(STOP_PATIENCE);
            }
            lastEnded[i] = snapshotOf(i);
            if (direction == StreamDirection.RECEIVE) {
                receive[i] = null;
                volume[i] = null;
            } else {
                transmit[i] = null;
            }
        }
        return RtpOutcome.success();
    }

    /**
     * A call started or resumed (true) or ended (false). DN911-URI: streams end when a call starts or resumes, and
     * transmit requests during a call are refused with {@value RtpOutcome#UNAUTHORIZED}.
     */
    public synchronized void callActive(boolean active) {
        if (active) {
            stop(StreamDirection.RECEIVE);
            stop(StreamDirection.TRANSMIT);
        }
        callActive = active;
    }

    public synchronized boolean active(StreamDirection direction) {
        for (int i = 0; i < slots(); i++) {
            if ((direction == StreamDirection.RECEIVE ? receive[i] : transmit[i]) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Waits until the stream received on {@code localPort} has handled {@code datagrams} datagrams: a stream paced on
     * the phone's driven clock hands each packet over before the clock moves on.
     *
     * @return false when it has not within {@code timeout}, or no stream receives on that port
     */
    public boolean awaitTaken(int localPort, long datagrams, Duration timeout) throws InterruptedException {
        Optional<ReceiveLeg> leg = receivingOn(localPort);
        return leg.isPresent() && leg.get().awaitTaken(datagrams, timeout);
    }

    /**
     * Stamps the packets received on {@code localPort} with {@code nanos} instead of the wall clock, or with the wall
     * clock again when {@code nanos} is empty: a stream paced on the phone's driven clock says when each packet is
     * due, and in virtual time a packet handed over arrives then.
     *
     * @return false when no stream receives on that port
     */
    public boolean stampArrivals(int localPort, Optional<LongSupplier> nanos) {
        Optional<ReceiveLeg> leg = receivingOn(localPort);
        leg.ifPresent(l -> l.stampWith(nanos.orElse(ReceiveLeg.WALL_CLOCK)));
        return leg.isPresent();
    }

    private synchronized Optional<ReceiveLeg> receivingOn(int localPort) {
        return Arrays.stream(receive).filter(r -> r != null && r.local().getPort() == localPort)
                .findFirst();
    }

    /** StreamingStatisticsX?slot now. */
    public synchronized StreamSnapshot snapshot(int slot) {
        return snapshotOf(index(slot));
    }

    /** The slot's figures at the moment its most recent stream was stopped, for judging a finished stream. */
    public synchronized Optional<StreamSnapshot> lastEnded(int slot) {
        return Optional.ofNullable(lastEnded[index(slot)]);
    }

    @Override
    public synchronized void close() {
        stop(StreamDirection.RECEIVE);
        stop(StreamDirection.TRANSMIT);
    }

    private StreamSnapshot snapshotOf(int i) {
        ReceiveLeg rx = receive[i];
        TransmitLeg tx = transmit[i];
        if (rx == null && tx == null) {
            return StreamSnapshot.idle(i + 1, name);
        }
        SenderCounts sent = tx == null ? SenderCounts.NONE : tx.counts();
        ReceptionReport got = rx == null ? null : rx.report();
        Instant start = rx == null ? tx.started()
                : tx == null ? rx.started() : min(rx.started(), tx.started());
        String codec = TransmitLeg.format().codecName();
        return new StreamSnapshot(i + 1, StreamStatus.ACTIVE,
                StreamSnapshot.address(tx != null ? tx.destination() : rx.remote()),
                StreamSnapshot.address(rx != null ? rx.local() : tx.local()), Optional.of(start), name,
                sent.packets(), sent.octets(), tx == null ? "" : codec,
                got == null ? 0 : got.packets(), got == null ? 0 : got.octets(), got == null ? 0 : got.lost(),
                got == null ? 0 : got.jitterMs(), got == null ? 0 : got.maxJitterMs(), rx == null ? "" : codec,
                got == null ? 0 : got.discarded(), volume[i] == null ? OptionalInt.empty() : volume[i]);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private int index(int slot) {
        if (slot < 1 || slot > slots()) {
            throw new IllegalArgumentException("expected a stream slot 1-" + slots() + " on " + name + " but found "
                    + slot);
        }
        return slot - 1;
    }
}
