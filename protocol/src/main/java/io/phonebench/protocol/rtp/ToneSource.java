package io.phonebench.protocol.rtp;

/**
 * A continuous sine tone as µ-law payloads, phase-continuous across packets so a listener hears a clean tone. Fills
 * caller-owned buffers: nothing is allocated per packet.
 */
public final class ToneSource {
    private final double step;
    private final double amplitude;
    private double phase;

    /**
     * @param frequencyHz tone frequency, below half the sample rate
     * @param level       0.0-1.0 of full scale
     */
    public ToneSource(double frequencyHz, double level) {
        if (frequencyHz <= 0 || frequencyHz >= MuLaw.CLOCK_RATE / 2.0 || level < 0 || level > 1) {
            throw new IllegalArgumentException("expected a tone 0-" + MuLaw.CLOCK_RATE / 2
                    + " Hz at level 0.0-1.0 but found " + frequencyHz + " Hz at " + level);
        }
        this.step = 2 * Math.PI * frequencyHz / MuLaw.CLOCK_RATE;
        this.amplitude = level * Short.MAX_VALUE;
    }

    /** The bench's usual test tone: 1004 Hz (the telephony test frequency, avoids sampling aliases) at -6 dBFS. */
    public static ToneSource testTone() {
        return new ToneSource(1004, 0.5);
    }

    public void fill(byte[] out, int off, int samples) {
        for (int i = 0; i < samples; i++) {
            out[off + i] = MuLaw.encode((int) Math.round(amplitude * Math.sin(phase)));
            phase += step;
            if (phase > 2 * Math.PI) {
                phase -= 2 * Math.PI;
            }
        }
    }
}
