package io.phonebench.emulator.rtp;

import io.phonebench.protocol.uri.RtpUri;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.OptionalInt;

/**
 * A request to start a stream, in the plain terms of an RTP URI so that callers need not share a parser with us.
 *
 * @param direction receive or transmit
 * @param address   receive: where the stream comes from (or the group, multicast); transmit: where to send
 * @param port      UDP port; for unicast receive, empty lets the phone pick one (DN911-URI)
 * @param multicast RTPMRx / RTPMTx
 * @param volume    0-100, receive only; empty keeps the phone's current volume
 * @param audioPath 0 speaker, 1 handset/headset, 2 current (8821/9821 unicast receive); recorded, not modelled
 * @param slot      the StreamingStatisticsX?n slot the stream is reported under: 1 unless the caller chooses
 */
public record StreamRequest(StreamDirection direction, InetAddress address, OptionalInt port, boolean multicast,
        OptionalInt volume, OptionalInt audioPath, int slot) {
    /** DN911-URI: RTP ports are even, 20480-32768. */
    public static final int MIN_PORT = 20480;
    public static final int MAX_PORT = 32768;

    public StreamRequest {
        port.ifPresent(p -> {
            if (p < MIN_PORT || p > MAX_PORT || p % 2 != 0) {
                throw new IllegalArgumentException("expected an even port " + MIN_PORT + "-" + MAX_PORT + " with "
                        + address.getHostAddress() + " but found " + p);
            }
        });
        if (port.isEmpty() && (direction != StreamDirection.RECEIVE || multicast)) {
            throw new IllegalArgumentException("expected a port: only unicast receive lets the phone pick one");
        }
        if (multicast != address.isMulticastAddress()) {
            throw new IllegalArgumentException("expected " + (multicast ? "a multicast group" : "a unicast address")
                    + " but found " + address.getHostAddress());
        }
        volume.ifPresent(v -> {
            if (v < 0 || v > 100 || direction != StreamDirection.RECEIVE) {
                throw new IllegalArgumentException("expected a volume 0-100 on a receive stream but found " + v
                        + " on " + direction);
            }
        });
    }

    /**
     * The start request an RTP URI asks for, in slot 1.
     *
     * @throws UnknownHostException when the URI names a host that does not resolve
     * @throws IllegalArgumentException for a Stop URI, which starts nothing
     */
    public static StreamRequest of(RtpUri uri) throws UnknownHostException {
        RtpUri.Target t = uri.target().orElseThrow(() -> new IllegalArgumentException(
                "expected an RTP URI that starts a stream but found " + uri.format()));
        StreamDirection direction = uri.stream().receive() ? StreamDirection.RECEIVE : StreamDirection.TRANSMIT;
        return new StreamRequest(direction, InetAddress.getByName(t.host()), t.port(), uri.stream().multicast(),
                t.volume(), t.audioPath(), 1);
    }

    public static StreamRequest receive(InetAddress source, int port) {
        return new StreamRequest(StreamDirection.RECEIVE, source, OptionalInt.of(port), false, OptionalInt.empty(),
                OptionalInt.empty(), 1);
    }

    /** RTPRx without a port: the phone picks an even port in 20480-32768 and reports it. */
    public static StreamRequest receiveOnAnyPort(InetAddress source) {
        return new StreamRequest(StreamDirection.RECEIVE, source, OptionalInt.empty(), false, OptionalInt.empty(),
                OptionalInt.empty(), 1);
    }

    public static StreamRequest transmit(InetAddress destination, int port) {
        return new StreamRequest(StreamDirection.TRANSMIT, destination, OptionalInt.of(port), false,
                OptionalInt.empty(), OptionalInt.empty(), 1);
    }

    public static StreamRequest receiveMulticast(InetAddress group, int port) {
        return new StreamRequest(StreamDirection.RECEIVE, group, OptionalInt.of(port), true, OptionalInt.empty(),
                OptionalInt.empty(), 1);
    }

    public static StreamRequest transmitMulticast(InetAddress group, int port) {
        return new StreamRequest(StreamDirection.TRANSMIT, group, OptionalInt.of(port), true, OptionalInt.empty(),
                OptionalInt.empty(), 1);
    }

    public StreamRequest withVolume(int percent) {
        return new StreamRequest(direction, address, port, multicast, OptionalInt.of(percent), audioPath, slot);
    }

    public StreamRequest withAudioPath(int path) {
        return new StreamRequest(direction, address, port, multicast, volume, OptionalInt.of(path), slot);
    }

    public StreamRequest inSlot(int statisticsSlot) {
        return new StreamRequest(direction, address, port, multicast, volume, audioPath, statisticsSlot);
    }
}
