package io.phonebench.protocol.device;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * {@code /StreamingStatisticsX?n}: one RTP stream slot's statistics, field names as in docs/xml-object-reference.md
 * §7.5
 * ({@code RemoteAddr}, {@code RcvrLostPackets}, {@code AvgJitter}, ...).
 */
public record StreamingStatistics(Map<String, String> fields) implements DevicePage {
    public static final String ROOT = "StreamingStatistics";
    public static final String PATH = "/StreamingStatisticsX";

    public StreamingStatistics {
        fields = DevicePageXml.copy(fields);
    }

    public static StreamingStatistics parse(byte[] body, String contentTypeCharset) {
        return new StreamingStatistics(DevicePageXml.read(body, contentTypeCharset, ROOT));
    }

    @Override
    public String rootName() {
        return ROOT;
    }

    public Optional<StreamAddress> remoteAddress() {
        return text("RemoteAddr").map(v -> StreamAddress.parse(ROOT, "RemoteAddr", v));
    }

    public Optional<StreamAddress> localAddress() {
        return text("LocalAddr").map(v -> StreamAddress.parse(ROOT, "LocalAddr", v));
    }

    public Optional<String> startTime() {
        return text("StartTime");
    }

    /** e.g. {@code Active}, {@code Not Ready}. */
    public Optional<String> streamStatus() {
        return text("StreamStatus");
    }

    public boolean isActive() {
        return streamStatus().map(s -> s.equalsIgnoreCase("Active")).orElse(false);
    }

    public Optional<String> name() {
        return text("Name");
    }

    public OptionalLong senderPackets() {
        return counter("SenderPackets");
    }

    public OptionalLong senderOctets() {
        return counter("SenderOctets");
    }

    public Optional<String> senderCodec() {
        return text("SenderCodec");
    }

    public OptionalLong rcvrPackets() {
        return counter("RcvrPackets");
    }

    public OptionalLong rcvrOctets() {
        return counter("RcvrOctets");
    }

    public OptionalLong rcvrLostPackets() {
        return counter("RcvrLostPackets");
    }

    public OptionalLong rcvrDiscarded() {
        return counter("RcvrDiscarded");
    }

    public Optional<String> rcvrCodec() {
        return text("RcvrCodec");
    }

    /** Average jitter as the phone reports it (milliseconds). */
    public OptionalLong avgJitter() {
        return counter("AvgJitter");
    }

    public OptionalLong maxJitter() {
        return counter("MaxJitter");
    }

    public OptionalLong latency() {
        return counter("Latency");
    }

    public OptionalDouble mosLqk() {
        return decimal("MOSLQK");
    }
}
