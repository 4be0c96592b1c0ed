package io.phonebench.protocol.rtp;

/** ITU-T G.711 µ-law, RTP payload type 0 (PCMU), 8000 samples a second, one octet per sample. */
public final class MuLaw {
    public static final int PAYLOAD_TYPE = 0;
    public static final int CLOCK_RATE = 8000;

    private static final int BIAS = 0x84;
    private static final int CLIP = 32635;
    private static final short[] DECODED = new short[256];

    static {
        for (int i = 0; i < 256; i++) {
            int u = ~i & 0xff;
            int magnitude = ((((u & 0x0f) << 3) + BIAS) << ((u & 0x70) >> 4)) - BIAS;
            DECODED[i] = (short) ((u & 0x80) != 0 ? -magnitude : magnitude);
        }
    }

    private MuLaw() {
    }

    /** One 16-bit linear sample to its µ-law octet (segment search as in the ITU reference code). */
    public static byte encode(int sample) {
        int pcm = Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, sample));
        int sign = 0;
        if (pcm < 0) {
            pcm = -pcm;
            sign = 0x80;
        }
        pcm = Math.min(pcm, CLIP) + BIAS;
        int exponent = 31 - Integer.numberOfLeadingZeros(pcm >> 7);
        int mantissa = (pcm >> (exponent + 3)) & 0x0f;
        return (byte) ~(sign | (exponent << 4) | mantissa);
    }

    public static short decode(byte octet) {
        return DECODED[octet & 0xff];
    }

    /** Encodes {@code count} samples into {@code out} starting at {@code outOff}. */
    public static void encode(short[] samples, int off, int count, byte[] out, int outOff) {
        for (int i = 0; i < count; i++) {
            out[outOff + i] = encode(samples[off + i]);
        }
    }

    public static void decode(byte[] octets, int off, int count, short[] out, int outOff) {
        for (int i = 0; i < count; i++) {
            out[outOff + i] = DECODED[octets[off + i] & 0xff];
        }
    }
}
