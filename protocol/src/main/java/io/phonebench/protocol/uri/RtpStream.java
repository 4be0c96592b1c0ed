package io.phonebench.protocol.uri;

import java.util.Arrays;

/** The four RTP streaming URIs: unicast or multicast, receive or transmit (all G.711 µ-law, 20 ms packets). */
public enum RtpStream {
    RX("RTPRx", false, true), TX("RTPTx", false, false), MULTICAST_RX("RTPMRx", true, true),
    MULTICAST_TX("RTPMTx", true, false);

    private final String scheme;
    private final boolean multicast;
    private final boolean receive;

    RtpStream(String scheme, boolean multicast, boolean receive) {
        this.scheme = scheme;
        this.multicast = multicast;
        this.receive = receive;
    }

    public String scheme() {
        return scheme;
    }

    public boolean multicast() {
        return multicast;
    }

    public boolean receive() {
        return receive;
    }

    static RtpStream of(String scheme) {
        return Arrays.stream(values()).filter(s -> s.scheme.equals(scheme)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an RTP scheme: " + scheme));
    }
}
