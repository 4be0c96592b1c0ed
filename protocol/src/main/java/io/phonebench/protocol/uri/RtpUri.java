package io.phonebench.protocol.uri;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code RTPRx:i:p[:v[:s]]}, {@code RTPTx:i:p}, {@code RTPMRx:i:p[:v]}, {@code RTPMTx:i:p} and {@code <scheme>:Stop}.
 * An empty target means Stop. For unicast Rx, {@code i} is where the stream comes from and the phone listens on its
 * own port {@code p}; leaving out the port ({@code RTPRx:i}) lets the phone pick one and report it in the response.
 */
public record RtpUri(RtpStream stream, Optional<Target> target) implements InternalUri {
    public static final int MIN_PORT = 20480;
    public static final int MAX_PORT = 32768;

    /**
     * @param volume    0-100, receive streams only
     * @param audioPath 0 speaker, 1 handset/headset, 2 current path (8821/9821), unicast receive only
     */
    public record Target(String host, OptionalInt port, OptionalInt volume, OptionalInt audioPath) {
        public static Target of(String host, int port) {
            return new Target(host, OptionalInt.of(port), OptionalInt.empty(), OptionalInt.empty());
        }
    }

    public RtpUri {
        target.ifPresent(t -> check(stream, t));
    }

    public static RtpUri stop(RtpStream stream) {
        return new RtpUri(stream, Optional.empty());
    }

    public static RtpUri start(RtpStream stream, String host, int port) {
        return new RtpUri(stream, Optional.of(Target.of(host, port)));
    }

    public boolean isStop() {
        return target.isEmpty();
    }

    private static void check(RtpStream stream, Target t) {
        String uri = stream.scheme() + ":" + t.host()
                + (t.port().isPresent() ? ":" + t.port().getAsInt() : "");
        UriArguments.split(uri, t.host()).host(0, "the stream address");
        if (stream.multicast() && !UriArguments.isMulticast(t.host())) {
            throw new UriSyntaxException(uri, "expected a multicast IPv4 group (224.0.0.0-239.255.255.255) for "
                    + stream.scheme() + " but found '" + t.host() + "'");
        }
        if (!stream.multicast() && UriArguments.isMulticast(t.host())) {
            throw new UriSyntaxException(uri, "expected a unicast address for " + stream.scheme() + " but found"
                    + " the multicast group '" + t.host() + "': multicast streams use RTPMRx and RTPMTx");
        }
        if (t.port().isEmpty()) {
            if (stream != RtpStream.RX || t.volume().isPresent() || t.audioPath().isPresent()) {
                throw new UriSyntaxException(uri, "expected a port: only a bare 'RTPRx:address' may leave it out");
            }
        } else {
            checkPort(uri, t.port().getAsInt());
        }
        if (t.volume().isPresent()
                && (!stream.receive() || t.volume().getAsInt() < 0 || t.volume().getAsInt() > 100)) {
            throw new UriSyntaxException(uri, "expected a volume 0-100 on a receive stream only");
        }
        if (t.audioPath().isPresent() && (stream != RtpStream.RX || t.volume().isEmpty()
                || t.audioPath().getAsInt() < 0 || t.audioPath().getAsInt() > 2)) {
            throw new UriSyntaxException(uri, "expected an audio path 0-2 after a volume, on RTPRx only");
        }
    }

    private static void checkPort(String uri, int port) {
        if (port < MIN_PORT || port > MAX_PORT || port % 2 != 0) {
            throw new UriSyntaxException(uri, "expected an even port in " + MIN_PORT + "-" + MAX_PORT
                    + " but found " + port);
        }
    }

    static RtpUri fromArguments(String uri, RtpStream stream, String rest) {
        if (rest.equals("Stop")) {
            return stop(stream);
        }
        if (rest.equalsIgnoreCase("Stop")) {
            throw new UriSyntaxException(uri, "expected 'Stop' (case-sensitive) but found '" + rest + "'");
        }
        UriArguments args = UriArguments.split(uri, rest);
        int max = switch (stream) {
            case RX -> 4;
            case MULTICAST_RX -> 3;
            default -> 2;
        };
        String syntax = switch (stream) {
            case RX -> "RTPRx:address[:port[:volume[:audioPath]]] or RTPRx:Stop";
            case MULTICAST_RX -> "RTPMRx:group:port[:volume] or RTPMRx:Stop";
            default -> stream.scheme() + ":address:port or " + stream.scheme() + ":Stop";
        };
        args.requireCount(stream == RtpStream.RX ? 1 : 2, max, syntax);
        String host = args.host(0, "the stream address");
        OptionalInt port = args.count() > 1 ? OptionalInt.of(args.integer(1, "the port", 0, 65535))
                : OptionalInt.empty();
        port.ifPresent(p -> checkPort(uri, p));
        OptionalInt volume = args.count() > 2 ? OptionalInt.of(args.integer(2, "the volume", 0, 100))
                : OptionalInt.empty();
        OptionalInt path = args.count() > 3 ? OptionalInt.of(args.integer(3, "the audio path", 0, 2))
                : OptionalInt.empty();
        return new RtpUri(stream, Optional.of(new Target(host, port, volume, path)));
    }

    @Override
    public String format() {
        if (target.isEmpty()) {
            return stream.scheme() + ":Stop";
        }
        Target t = target.get();
        StringBuilder b = new StringBuilder(stream.scheme()).append(':').append(t.host());
        t.port().ifPresent(p -> b.append(':').append(p));
        t.volume().ifPresent(v -> b.append(':').append(v));
        t.audioPath().ifPresent(s -> b.append(':').append(s));
        return b.toString();
    }

    @Override
    public String scheme() {
        return stream.scheme();
    }
}
