package io.phonebench.protocol.rtp;

/** A datagram that is not a valid RFC 3550 RTP packet; the message says which header field was wrong and how. */
public final class RtpFormatException extends IllegalArgumentException {
    public RtpFormatException(String message) {
        super(message);
    }
}
