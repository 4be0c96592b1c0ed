package io.phonebench.bench.rtp;

import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.host.SchedulingNoise;
import io.phonebench.drivers.rtp.Impairment;
import io.phonebench.drivers.rtp.RtpEndpoint;
import io.phonebench.drivers.rtp.RtpReceiver;
import io.phonebench.drivers.rtp.RtpSender;
import io.phonebench.drivers.rtp.SendPlan;
import io.phonebench.protocol.device.StreamingStatistics;
import io.phonebench.protocol.rtp.ReceptionReport;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * The bench's end of a voice path to one phone, as tests use it: the RTP URIs to push, a G.711 tone to stream at the
 * phone, the phone's stream received, and the judgement of the phone's StreamingStatisticsX against what the bench
 * measured on the wire. The endpoint listens on the service host's address, the one bench address phones reach.
 */
public final class RtpLink implements AutoCloseable {
    private final Phone phone;
    private final InetAddress bench;
    private final RtpEndpoint endpoint;

    private RtpLink(Phone phone, InetAddress bench, RtpEndpoint endpoint) {
        this.phone = phone;
        this.bench = bench;
        this.endpoint = endpoint;
    }

    public static RtpLink open(Phone phone) {
        InetAddress bench;
        try {
            bench = InetAddress.getByName(URI.create(phone.services().baseUrl()).getHost());
        } catch (UnknownHostException e) {
            throw new BenchInfrastructureException("service host address " + phone.services().baseUrl()
                    + " does not resolve: " + e.getMessage(), e);
        }
        return new RtpLink(phone, bench, RtpEndpoint.openForUri(bench));
    }

    /** {@code RTPRx:BENCH:PORT}: the phone receives on {@code phonePort} from the bench. */
    public String receiveUri(int phonePort) {
        return "RTPRx:" + bench.getHostAddress() + ":" + phonePort;
    }

    /** {@code RTPTx:BENCH:PORT}: the phone sends to this link's endpoint. */
    public String transmitUri() {
        return "RTPTx:" + bench.getHostAddress() + ":" + endpoint.local().getPort();
    }

    /** Starts receiving the phone's stream; push {@link #transmitUri()} after this. */
    public Reception receive() {
        return new Reception(endpoint.receive(Impairment.NONE));
    }

    /** Streams a clean G.711 tone of {@code length} to the phone's {@code phonePort}, waiting until it is sent. */
    public Transmission sendTone(int phonePort, Duration length) {
        return send(phonePort, length, Impairment.NONE, "clean");
    }

    /** As {@link #sendTone(int, Duration)}, dropping {@code lossPercent} of the packets (seeded, reproducible). */
    public Transmission sendTone(int phonePort, Duration length, double lossPercent, long seed) {
        return send(phonePort, length, Impairment.seeded(seed).withLoss(lossPercent), lossPercent + " % loss");
    }

    private Transmission send(int phonePort, Duration length, Impairment impairment, String scenario) {
        long start = System.nanoTime();
        RtpSender sender = endpoint.send(new InetSocketAddress(phone.address(), phonePort),
                SendPlan.tone(length).withImpairment(impairment), phone.rtpPacing(phonePort, length))
                .awaitFinished(length.plusSeconds(5));
        return new Transmission(sender, start, scenario);
    }

    @Override
    public void close() {
        endpoint.close();
    }

    /** A tone the bench sent, with what a perfect receiver behind the impairment saw on the wire. */
    public final class Transmission {
        private final RtpSender sender;
        private final long startNanos;
        private final String scenario;

        private Transmission(RtpSender sender, long startNanos, String scenario) {
            this.sender = sender;
            this.startNanos = startNanos;
            this.scenario = scenario;
        }

        /** True when the tone went out in real time; false when it was paced on the phone's driven clock. */
        public boolean realTime() {
            return sender.pacing().realTime();
        }

        /** Packets that reached the wire (sent and not dropped by the impairment). */
        public long packetsOnTheWire() {
            return sender.wire().packets();
        }

        /**
         * The phone's page against the wire, RFC 3550 tolerances; jitter judged allowing for how late the bench
         * host's own threads woke meanwhile, or not at all (BROKEN) when the host was too busy to tell.
         */
        public Verdict judge(StreamingStatistics page) {
            // a stream paced on the phone's driven clock arrives at its due times: the host's delays are not in it
            return new RtpComparison().judgeReception("RTP bench -> " + phone.name() + " (" + scenario + ")",
                    StreamFigures.of(phone.name() + " StreamingStatisticsX?1", page), sender,
                    sender.pacing().realTime() ? phone.hostNoiseSince(startNanos) : SchedulingNoise.NONE).verdict();
        }
    }

    /** The phone's stream as the bench receives it. */
    public static final class Reception {
        private final RtpReceiver receiver;

        private Reception(RtpReceiver receiver) {
            this.receiver = receiver;
        }

        /** Waits, bounded, until the bench has counted at least {@code packets} packets of the phone's stream. */
        public long awaitPackets(long packets, String what, Duration timeout) {
            return receiver.awaitReport(r -> r.expected() >= packets, what, timeout).expected();
        }

        /** Packets the bench expected so far (highest sequence seen, RFC 3550). */
        public long packetsSoFar() {
            ReceptionReport report = receiver.report();
            return report.expected();
        }
    }
}
