package io.phonebench.bench.rtp;

import io.phonebench.bench.verdict.Verdict;
import io.phonebench.drivers.host.SchedulingNoise;
import io.phonebench.drivers.rtp.RtpReceiver;
import io.phonebench.drivers.rtp.RtpSender;
import io.phonebench.protocol.rtp.ReceptionReport;
import io.phonebench.protocol.rtp.TimelineSample;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges what a phone says about a stream against what the bench measured of the same stream, with explicit
 * tolerances. Bench to phone: the phone's receive figures against the sender's wire tap (what left the bench after
 * impairment). Phone to bench: the phone's send counts against what the bench saw on the wire.
 */
public final class RtpComparison {
    /**
     * Above this much host scheduling noise (half a 20 ms packet time) a jitter figure says more about the bench host
     * than about the phone: the widened tolerance would let a phone misreport jitter by more than the packet spacing
     * it measures, so the figure is not judged. A stop-the-world GC pause of the bench's JVM counts here too: it
     * stalls a virtual phone's receiver as much as the probe.
     */
    public static final Duration JITTER_NOISE_LIMIT = Duration.ofMillis(10);
    /** Share of the stream in which some thread waited for a core (Linux PSI) above which jitter is not judged. */
    public static final double CPU_PRESSURE_LIMIT = 0.25;

    private final RtpTolerances tolerances;

    public RtpComparison(RtpTolerances tolerances) {
        this.tolerances = tolerances;
    }

    public RtpComparison() {
        this(RtpTolerances.STANDARD);
    }

    /** The phone received what the bench sent; the host was quiet (no scheduling noise is allowed for). */
    public RtpJudgement judgeReception(String title, StreamFigures phone, RtpSender bench) {
        return judgeReception(title, phone, bench.wire(), bench.timeline(), SchedulingNoise.NONE);
    }

    /**
     * The phone received what the bench sent, with the bench host's scheduling noise measured over the same
     * interval. The noise goes into the jitter tolerance: RFC 3550 jitter J is a running mean of |D|, and a receiver
     * (or the bench's wire tap) that timestamps each packet late by between 0 and E changes every |D| by at most E, so
     * J and its maximum move by at most E. On a virtual rig the phone's receiver shares the host; on a real rig E
     * bounds the error of the bench's own send timestamps.
     */
    public RtpJudgement judgeReception(String title, StreamFigures phone, RtpSender bench, SchedulingNoise noise) {
        return judgeReception(title, phone, bench.wire(), bench.timeline(), noise);
    }

    public RtpJudgement judgeReception(String title, StreamFigures phone, ReceptionReport wire,
            List<TimelineSample> timeline) {
        return judgeReception(title, phone, wire, timeline, SchedulingNoise.NONE);
    }

    public RtpJudgement judgeReception(String title, StreamFigures phone, ReceptionReport wire,
            List<TimelineSample> timeline, SchedulingNoise noise) {
        double octetsPerPacket = wire.packets() == 0 ? 0 : (double) wire.octets() / wire.packets();
        double packetTolerance = tolerances.packets();
        return new RtpJudgement(title, List.of(
                new FigureCheck("RcvrPackets", "packets", wire.packets(), phone.rcvrPackets(), packetTolerance),
                new FigureCheck("RcvrOctets", "octets", wire.octets(), phone.rcvrOctets(),
                        packetTolerance * octetsPerPacket),
                new FigureCheck("RcvrLostPackets", "packets", wire.lost(), phone.rcvrLostPackets(), packetTolerance),
                new FigureCheck("loss", "%", wire.lossPercent(), phone.rcvrLossPercent(),
                        tolerances.lossPercentPoints()),
                jitter("AvgJitter", wire.jitterMs(), phone.avgJitterMs(), noise),
                jitter("MaxJitter", wire.maxJitterMs(), phone.maxJitterMs(), noise)),
                timeline, noiseNotes(noise));
    }

    private FigureCheck jitter(String figure, double bench, double reported, SchedulingNoise noise) {
        double tolerance = tolerances.jitterMs() + noise.worstMillis();
        return new FigureCheck(figure, "ms", bench, reported, tolerance, tooNoisy(noise));
    }

    /**
     * Why the host was too busy to judge jitter, or "". Two signs, either enough: the probe's worst wake-up delay
     * over the limit, or the kernel saying some thread waited for a core more than {@link #CPU_PRESSURE_LIMIT} of the
     * time. The probe is one thread's sample; a receiver on a contended host was once seen delayed 14 ms while the
     * probe's worst was 4 ms, so contention itself ends the judgement.
     */
    private static String tooNoisy(SchedulingNoise noise) {
        if (noise.worst().compareTo(JITTER_NOISE_LIMIT) > 0) {
            return Verdict.INCONCLUSIVE + ": " + noise.describe() + " during the stream, over the "
                    + JITTER_NOISE_LIMIT.toMillis() + " ms under which jitter can be told from the host's own delays";
        }
        if (noise.pressureKnown() && noise.cpuPressure() > CPU_PRESSURE_LIMIT) {
            return Verdict.INCONCLUSIVE + ": " + noise.describe() + " during the stream: threads queued for a core"
                    + " more than " + Math.round(CPU_PRESSURE_LIMIT * 100) + " % of the time, so a receiver's"
                    + " timestamps carry the queueing";
        }
        return "";
    }

    private List<String> noiseNotes(SchedulingNoise noise) {
        List<String> notes = new ArrayList<>();
        if (noise.samples() > 0 || !noise.worst().isZero()) {
            notes.add(String.format("jitter tolerance: %s ms + %.2f ms bench host scheduling noise (%s)",
                    FigureCheck.format(tolerances.jitterMs()), noise.worstMillis(), noise.describe()));
        }
        return notes;
    }

    /** The bench received what the phone says it sent. */
    public RtpJudgement judgeTransmission(String title, StreamFigures phone, RtpReceiver bench) {
        return judgeTransmission(title, phone, bench.report(), bench.timeline());
    }

    /**
     * The phone's SenderPackets against the packets the bench's sequence numbers say were sent (received plus lost),
     * so network loss between them does not count against the phone.
     */
    public RtpJudgement judgeTransmission(String title, StreamFigures phone, ReceptionReport measured,
            List<TimelineSample> timeline) {
        double octetsPerPacket = measured.packets() == 0 ? 0 : (double) measured.octets() / measured.packets();
        return new RtpJudgement(title, List.of(
                new FigureCheck("SenderPackets", "packets", measured.expected(), phone.senderPackets(),
                        tolerances.packets()),
                new FigureCheck("SenderOctets", "octets", Math.round(measured.expected() * octetsPerPacket),
                        phone.senderOctets(), tolerances.packets() * octetsPerPacket)),
                timeline);
    }
}
