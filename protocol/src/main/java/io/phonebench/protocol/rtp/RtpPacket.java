package io.phonebench.protocol.rtp;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * One RFC 3550 RTP packet as a value. Use {@link RtpWire} on hot paths; this record is for tests, tools and anything
 * that wants the whole packet, CSRCs and header extension included.
 *
 * @param paddingLength padding octets after the payload, including the count octet; 0 means the P bit is clear
 * @param marker        M bit
 * @param payloadType   0-127 (0 = PCMU)
 * @param sequence      0-65535
 * @param timestamp     unsigned 32-bit media timestamp
 * @param ssrc          unsigned 32-bit synchronisation source
 * @param csrcs         contributing sources, at most 15
 * @param extension     header extension, present exactly when the X bit is set
 * @param payload       payload octets (copied; never shared with the caller)
 */
public record RtpPacket(int paddingLength, boolean marker, int payloadType, int sequence, long timestamp, long ssrc,
        List<Long> csrcs, Optional<Extension> extension, byte[] payload) {

    /** RFC 3550 §5.3.1 header extension: a profile-defined 16-bit value and whole 32-bit words of data. */
    public record Extension(int profile, byte[] data) {
        public Extension {
            if (profile < 0 || profile > 0xffff) {
                throw new RtpFormatException("expected an extension profile 0-65535 but found " + profile);
            }
            if (data.length % 4 != 0 || data.length / 4 > 0xffff) {
                throw new RtpFormatException("expected extension data in whole 32-bit words (at most 65535) but found "
                        + data.length + " bytes");
            }
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Extension e && e.profile == profile && Arrays.equals(e.data, data);
        }

        @Override
        public int hashCode() {
            return 31 * profile + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "Extension[profile=" + profile + ", " + data.length + " bytes]";
        }
    }

    public RtpPacket {
        check(paddingLength >= 0 && paddingLength <= 255, "padding length 0-255", paddingLength);
        check(payloadType >= 0 && payloadType <= 127, "payload type 0-127", payloadType);
        check(sequence >= 0 && sequence <= 0xffff, "sequence number 0-65535", sequence);
        check(timestamp >= 0 && timestamp <= 0xffffffffL, "timestamp 0-4294967295", timestamp);
        check(ssrc >= 0 && ssrc <= 0xffffffffL, "SSRC 0-4294967295", ssrc);
        csrcs = List.copyOf(csrcs);
        check(csrcs.size() <= 15, "at most 15 CSRCs", csrcs.size());
        for (long c : csrcs) {
            check(c >= 0 && c <= 0xffffffffL, "CSRC 0-4294967295", c);
        }
        payload = payload.clone();
    }

    /** A plain packet: no padding, CSRCs or extension. */
    public static RtpPacket of(boolean marker, int payloadType, int sequence, long timestamp, long ssrc,
            byte[] payload) {
        return new RtpPacket(0, marker, payloadType, sequence, timestamp, ssrc, List.of(), Optional.empty(), payload);
    }

    public static RtpPacket decode(byte[] datagram) {
        return decode(datagram, 0, datagram.length);
    }

    public static RtpPacket decode(byte[] buf, int off, int len) {
        int header = RtpWire.headerLength(buf, off, len);
        int payloadLength = RtpWire.payloadLength(buf, off, len);
        int cc = buf[off] & 0x0f;
        Long[] csrcs = new Long[cc];
        for (int i = 0; i < cc; i++) {
            csrcs[i] = RtpWire.readInt(buf, off + RtpWire.FIXED_HEADER + 4 * i);
        }
        Optional<Extension> extension = Optional.empty();
        if ((buf[off] & 0x10) != 0) {
            int at = off + RtpWire.FIXED_HEADER + 4 * cc;
            int profile = ((buf[at] & 0xff) << 8) | (buf[at + 1] & 0xff);
            extension = Optional.of(new Extension(profile, Arrays.copyOfRange(buf, at + 4, off + header)));
        }
        int start = off + header;
        return new RtpPacket(len - header - payloadLength, RtpWire.marker(buf, off), RtpWire.payloadType(buf, off),
                RtpWire.sequence(buf, off), RtpWire.timestamp(buf, off), RtpWire.ssrc(buf, off), List.of(csrcs),
                extension, Arrays.copyOfRange(buf, start, start + payloadLength));
    }

    public byte[] encode() {
        int extLength = extension.map(e -> 4 + e.data.length).orElse(0);
        byte[] out = new byte[RtpWire.FIXED_HEADER + 4 * csrcs.size() + extLength + payload.length + paddingLength];
        RtpWire.writeHeader(out, 0, marker, payloadType, sequence, timestamp, ssrc);
        out[0] |= (byte) ((paddingLength > 0 ? 0x20 : 0) | (extension.isPresent() ? 0x10 : 0) | csrcs.size());
        int at = RtpWire.FIXED_HEADER;
        for (long c : csrcs) {
            RtpWire.writeInt(out, at, c);
            at += 4;
        }
        if (extension.isPresent()) {
            Extension e = extension.get();
            out[at] = (byte) (e.profile >>> 8);
            out[at + 1] = (byte) e.profile;
            out[at + 2] = (byte) (e.data.length / 4 >>> 8);
            out[at + 3] = (byte) (e.data.length / 4);
            System.arraycopy(e.data, 0, out, at + 4, e.data.length);
            at += 4 + e.data.length;
        }
        System.arraycopy(payload, 0, out, at, payload.length);
        if (paddingLength > 0) {
            out[out.length - 1] = (byte) paddingLength;
        }
        return out;
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RtpPacket p && p.paddingLength == paddingLength && p.marker == marker
                && p.payloadType == payloadType && p.sequence == sequence && p.timestamp == timestamp
                && p.ssrc == ssrc && p.csrcs.equals(csrcs) && p.extension.equals(extension)
                && Arrays.equals(p.payload, payload);
    }

    @Override
    public int hashCode() {
        return ((sequence * 31 + Long.hashCode(timestamp)) * 31 + Long.hashCode(ssrc)) * 31 + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        String head = payload.length <= 8 ? HexFormat.of().formatHex(payload) : payload.length + " bytes";
        return "RtpPacket[pt=" + payloadType + ", seq=" + sequence + ", ts=" + timestamp + ", ssrc=" + ssrc
                + (marker ? ", M" : "") + (csrcs.isEmpty() ? "" : ", csrcs=" + csrcs)
                + extension.map(e -> ", " + e).orElse("") + (paddingLength > 0 ? ", padding=" + paddingLength : "")
                + ", payload=" + head + "]";
    }

    private static void check(boolean ok, String expected, long found) {
        if (!ok) {
            throw new RtpFormatException("expected " + expected + " but found " + found);
        }
    }
}
