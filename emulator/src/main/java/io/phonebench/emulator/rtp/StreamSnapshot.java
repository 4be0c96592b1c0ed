package io.phonebench.emulator.rtp;

import io.phonebench.protocol.device.StreamingStatistics;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One StreamingStatisticsX?n slot at one moment. The typed components are what the emulator models; {@link #fields()}
 * renders every §7.5 field by its exact name, the unmodelled ones (RTCP reports, MOS, concealment) as zero or empty.
 *
 * @param slot            1..n
 * @param status          Active while either direction streams, Not Ready when idle
 * @param remoteAddr      {@code ip/port}: where the phone sends, or where received packets come from
 * @param localAddr       {@code ip/port} of the phone's socket (the receive socket when it has one)
 * @param startTime       when the stream started; empty when idle
 * @param name            the phone's device name, e.g. {@code SEP001122334455}
 * @param senderPackets   RTP packets sent
 * @param senderOctets    payload octets sent
 * @param senderCodec     e.g. {@code G711u}; empty when not sending
 * @param rcvrPackets     RTP packets received (RFC 3550 A.1, duplicates included)
 * @param rcvrOctets      payload octets received
 * @param rcvrLostPackets cumulative loss (A.3)
 * @param avgJitterMs     interarrival jitter (A.8) in ms
 * @param maxJitterMs     highest jitter in ms
 * @param rcvrCodec       e.g. {@code G711u}; empty when not receiving
 * @param rcvrDiscarded   datagrams not counted (malformed, foreign SSRC)
 * @param volume          receive volume 0-100 when the URI set one
 */
public record StreamSnapshot(int slot, StreamStatus status, String remoteAddr, String localAddr,
        Optional<Instant> startTime, String name, long senderPackets, long senderOctets, String senderCodec,
        long rcvrPackets, long rcvrOctets, long rcvrLostPackets, double avgJitterMs, double maxJitterMs,
        String rcvrCodec, long rcvrDiscarded, OptionalInt volume) {

    public static final String NO_ADDRESS = "0.0.0.0/0";

    /** An idle slot: nothing streams, every count is zero. */
    public static StreamSnapshot idle(int slot, String name) {
        return new StreamSnapshot(slot, StreamStatus.NOT_READY, NO_ADDRESS, NO_ADDRESS, Optional.empty(), name, 0, 0,
                "", 0, 0, 0, 0, 0, "", 0, OptionalInt.empty());
    }

    public boolean idle() {
        return status == StreamStatus.NOT_READY;
    }

    /** {@code ip/port} as StreamingStatisticsX writes addresses. */
    public static String address(InetSocketAddress a) {
        return a.getAddress().getHostAddress() + "/" + a.getPort();
    }

    /** Every StreamingStatisticsX field in the reference's order, jitter in whole milliseconds as phones show it. */
    public Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("RemoteAddr", remoteAddr);
        f.put("LocalAddr", localAddr);
        f.put("StartTime", startTime.map(Instant::toString).orElse(""));
        f.put("StreamStatus", status.text());
        f.put("Name", name);
        f.put("SenderPackets", Long.toString(senderPackets));
        f.put("SenderOctets", Long.toString(senderOctets));
        f.put("SenderCodec", senderCodec);
        zero(f, "SenderReportsSent", "SenderReportTimeSent");
        f.put("RcvrLostPackets", Long.toString(rcvrLostPackets));
        f.put("AvgJitter", Long.toString(Math.round(avgJitterMs)));
        f.put("RcvrCodec", rcvrCodec);
        zero(f, "RcvrReportsSent", "RcvrReportTimeSent");
        f.put("RcvrPackets", Long.toString(rcvrPackets));
        f.put("RcvrOctets", Long.toString(rcvrOctets));
        zero(f, "MOSLQK", "AvgMOSLQK", "MinMOSLQK", "MaxMOSLQK");
        f.put("MOSLQKVersion", "");
        zero(f, "CmltveConcealRatio", "IntervalConcealRatio", "MaxConcealRatio", "ConcealSecs",
                "SeverelyConcealSecs", "Latency");
        f.put("MaxJitter", Long.toString(Math.round(maxJitterMs)));
        f.put("SenderSize", senderPackets > 0 ? Long.toString(TransmitLeg.format().packetTime().toMillis()) : "0");
        zero(f, "SenderReportsReceived", "SenderReportTimeReceived");
        f.put("RcvrSize", rcvrPackets > 0 ? Long.toString(TransmitLeg.format().packetTime().toMillis()) : "0");
        f.put("RcvrDiscarded", Long.toString(rcvrDiscarded));
        zero(f, "RcvrReportsReceived", "RcvrReportTimeReceived");
        f.put("Domain", "");
        f.put("SenderJoins", senderPackets > 0 ? "1" : "0");
        f.put("ReceiverJoins", rcvrPackets > 0 ? "1" : "0");
        zero(f, "Byes");
        f.put("RowStatus", idle() ? "" : "Active");
        f.put("SenderTool", "");
        zero(f, "SenderReports", "SenderReportTime");
        f.put("SenderStartTime", senderPackets > 0 ? startTime.map(Instant::toString).orElse("") : "");
        f.put("RcvrJitter", Long.toString(Math.round(avgJitterMs)));
        f.put("ReceiverTool", "");
        zero(f, "RcvrReports", "RcvrReportTime");
        f.put("RcvrStartTime", rcvrPackets > 0 ? startTime.map(Instant::toString).orElse("") : "");
        return f;
    }

    /** This snapshot as the protocol module's device page, the form a real phone's page is read into. */
    public StreamingStatistics toStreamingStatistics() {
        return new StreamingStatistics(fields());
    }

    private static void zero(Map<String, String> f, String... names) {
        for (String n : names) {
            f.put(n, "0");
        }
    }
}
