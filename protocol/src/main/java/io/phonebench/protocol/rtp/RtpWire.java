package io.phonebench.protocol.rtp;

/**
 * Reads and writes RFC 3550 §5.1 headers in place, without allocating, for the per-packet paths (senders pace 50
 * packets a second per stream; a benchmark pushes 100k a second through the receiver statistics).
 */
public final class RtpWire {
    public static final int VERSION = 2;
    public static final int FIXED_HEADER = 12;

    private RtpWire() {
    }

    /** Writes a 12-byte header (V=2, no padding, no extension, no CSRC) and returns its length. */
    public static int writeHeader(byte[] buf, int off, boolean marker, int payloadType, int sequence, long timestamp,
            long ssrc) {
        buf[off] = (byte) (VERSION << 6);
        buf[off + 1] = (byte) ((marker ? 0x80 : 0) | (payloadType & 0x7f));
        buf[off + 2] = (byte) (sequence >>> 8);
        buf[off + 3] = (byte) sequence;
        writeInt(buf, off + 4, timestamp);
        writeInt(buf, off + 8, ssrc);
        return FIXED_HEADER;
    }

    /**
     * Validates the header of the {@code len} bytes at {@code off} and returns the header length: fixed part, CSRC
     * list and header extension. Padding is checked by {@link #payloadLength}.
     */
    public static int headerLength(byte[] buf, int off, int len) {
        if (len < FIXED_HEADER) {
            throw new RtpFormatException("expected at least " + FIXED_HEADER
                    + " bytes of RTP header but the datagram has " + len);
        }
        int version = (buf[off] & 0xff) >>> 6;
        if (version != VERSION) {
            throw new RtpFormatException("expected RTP version 2 but found version " + version);
        }
        int length = FIXED_HEADER + 4 * (buf[off] & 0x0f);
        if (length > len) {
            throw new RtpFormatException("CSRC count " + (buf[off] & 0x0f) + " needs " + length
                    + " header bytes but the datagram has " + len);
        }
        if ((buf[off] & 0x10) != 0) {
            if (length + 4 > len) {
                throw new RtpFormatException("X bit set: expected a 4-byte extension header at byte " + length
                        + " but the datagram has " + len + " bytes");
            }
            int words = ((buf[off + length + 2] & 0xff) << 8) | (buf[off + length + 3] & 0xff);
            length += 4 + 4 * words;
            if (length > len) {
                throw new RtpFormatException("header extension of " + words + " words ends at byte " + length
                        + " but the datagram has " + len + " bytes");
            }
        }
        return length;
    }

    /** Payload octets after the header and before any padding (RFC 3550 §5.1, P bit: last octet counts padding). */
    public static int payloadLength(byte[] buf, int off, int len) {
        int header = headerLength(buf, off, len);
        int padding = 0;
        if ((buf[off] & 0x20) != 0) {
            padding = buf[off + len - 1] & 0xff;
            if (padding == 0 || padding > len - header) {
                throw new RtpFormatException("P bit set: expected a padding count 1-" + (len - header)
                        + " in the last octet but found " + padding);
            }
        }
        return len - header - padding;
    }

    public static boolean marker(byte[] buf, int off) {
        return (buf[off + 1] & 0x80) != 0;
    }

    public static int payloadType(byte[] buf, int off) {
        return buf[off + 1] & 0x7f;
    }

    public static int sequence(byte[] buf, int off) {
        return ((buf[off + 2] & 0xff) << 8) | (buf[off + 3] & 0xff);
    }

    public static long timestamp(byte[] buf, int off) {
        return readInt(buf, off + 4);
    }

    public static long ssrc(byte[] buf, int off) {
        return readInt(buf, off + 8);
    }

    static long readInt(byte[] buf, int off) {
        return ((long) (buf[off] & 0xff) << 24) | ((buf[off + 1] & 0xff) << 16) | ((buf[off + 2] & 0xff) << 8)
                | (buf[off + 3] & 0xff);
    }

    static void writeInt(byte[] buf, int off, long value) {
        buf[off] = (byte) (value >>> 24);
        buf[off + 1] = (byte) (value >>> 16);
        buf[off + 2] = (byte) (value >>> 8);
        buf[off + 3] = (byte) value;
    }
}
