package io.phonebench.bench.rtp;

import io.phonebench.drivers.rtp.RtpReceiver;
import io.phonebench.drivers.rtp.RtpSender;
import io.phonebench.protocol.rtp.ReceptionReport;
import io.phonebench.protocol.rtp.TimelineSample;
import java.util.List;

/**
 * Judges what a phone says about a stream against what the bench measured of the same stream, with explicit
 * tolerances. Bench to phone: the phone's receive figures against the sender's wire tap (what left the bench after
 * impairment). Phone to bench: the phone's send counts against what the bench saw on the wire.
 */
public final class RtpComparison {
    private final RtpTolerances tolerances;

    public RtpComparison(RtpTolerances tolerances) {
        this.tolerances = tolerances;
    }

    public RtpComparison() {
        this(RtpTolerances.STANDARD);
    }

    /** The phone received what the bench sent. */
    public RtpJudgement judgeReception(String title, StreamFigures phone, RtpSender bench) {
        return judgeReception(title, phone, bench.wire(), bench.timeline());
    }

    public RtpJudgement judgeReception(String title, StreamFigures phone, ReceptionReport wire,
            List<TimelineSample> timeline) {
        double octetsPerPacket = wire.packets() == 0 ? 0 : (double) wire.octets() / wire.packets();
        double packetTolerance = tolerances.packets();
        return new RtpJudgement(title, List.of(
                new FigureCheck("RcvrPackets", "packets", wire.packets(), phone.rcvrPackets(), packetTolerance),
                new FigureCheck("RcvrOctets", "octets", wire.octets(), phone.rcvrOctets(),
                        packetTolerance * octetsPerPacket),
                new FigureCheck("RcvrLostPackets", "packets", wire.lost(), phone.rcvrLostPackets(), packetTolerance),
                new FigureCheck("loss", "%", wire.lossPercent(), phone.rcvrLossPercent(),
                        tolerances.lossPercentPoints()),
                new FigureCheck("AvgJitter", "ms", wire.jitterMs(), phone.avgJitterMs(), tolerances.jitterMs()),
                new FigureCheck("MaxJitter", "ms", wire.maxJitterMs(), phone.maxJitterMs(), tolerances.jitterMs())),
                timeline);
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
