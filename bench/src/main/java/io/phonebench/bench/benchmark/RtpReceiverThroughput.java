package io.phonebench.bench.benchmark;

import io.phonebench.drivers.rtp.Impairment;
import io.phonebench.drivers.rtp.RtpEndpoint;
import io.phonebench.drivers.rtp.RtpReceiver;
import io.phonebench.protocol.rtp.ReceptionReport;
import io.phonebench.protocol.rtp.RtpWire;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * {@code rtp_receiver_pps}: packets a second the bench's own {@link RtpReceiver} counts when they arrive through a real
 * UDP socket on loopback. One thread sends pre-encoded G.711 datagrams as fast as its socket takes them; the figure is
 * the packets the receiver counted over the wall time from the first send until it went quiet. Whatever the receiver
 * cannot keep up with, loopback drops, so a slow receiver shows as fewer packets, never as a flattering rate; the
 * share dropped is {@code rtp_receiver_loss_percent}. Median over runs, each on a fresh endpoint.
 */
final class RtpReceiverThroughput {
    private static final int PAYLOAD = 160;
    private static final Duration QUIET = Duration.ofMillis(100);
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final int warmupRuns;
    private final int runs;
    private final int packetsPerRun;

    RtpReceiverThroughput(BenchmarkPlan.Rtp plan) {
        if (plan.warmupRuns() < 0 || plan.runs() < 1 || plan.packetsPerRun() < 1) {
            throw new IllegalArgumentException("RTP receiver: expected warmup >= 0, runs >= 1 and packets >= 1, saw "
                    + plan);
        }
        this.warmupRuns = plan.warmupRuns();
        this.runs = plan.runs();
        this.packetsPerRun = plan.packetsPerRun();
    }

    List<Figure> measure() {
        for (int i = 0; i < warmupRuns; i++) {
            run();
        }
        double[] rates = new double[runs];
        double[] losses = new double[runs];
        for (int i = 0; i < runs; i++) {
            double[] r = run();
            rates[i] = r[0];
            losses[i] = r[1];
        }
        return List.of(new Figure("rtp_receiver_pps", median(rates)),
                new Figure("rtp_receiver_loss_percent", median(losses)));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** One blast: {packets counted per second, percent of packets sent that were not counted}. */
    private double[] run() {
        try (RtpEndpoint endpoint = RtpEndpoint.open(new InetSocketAddress(LOOPBACK, 0));
             DatagramSocket sender = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0))) {
            RtpReceiver receiver = endpoint.receive(Impairment.NONE);
            byte[] packet = new byte[RtpWire.FIXED_HEADER + PAYLOAD];
            DatagramPacket datagram = new DatagramPacket(packet, packet.length, endpoint.local());
            long start = System.nanoTime();
            for (int seq = 0; seq < packetsPerRun; seq++) {
                RtpWire.writeHeader(packet, 0, seq == 0, 0, seq & 0xffff, seq * (long) PAYLOAD, 0x5EB0C4L);
                sender.send(datagram);
            }
            ReceptionReport report = receiver.awaitQuiet(QUIET, Duration.ofSeconds(30));
            double seconds = Math.max(1e-9, (System.nanoTime() - start - QUIET.toNanos()) / 1e9);
            receiver.stop();
            long counted = report.packets();
            return new double[] {counted / seconds, 100.0 * (packetsPerRun - counted) / packetsPerRun};
        } catch (IOException e) {
            throw new UncheckedIOException("RTP receiver benchmark: loopback UDP failed", e);
        }
    }
}
