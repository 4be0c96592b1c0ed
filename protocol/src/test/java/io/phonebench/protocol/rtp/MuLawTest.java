package io.phonebench.protocol.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MuLawTest {

    @Test
    void encodesSilenceAndFullScaleAsG711Specifies() {
        assertEquals((byte) 0xff, MuLaw.encode(0));
        assertEquals((byte) 0x80, MuLaw.encode(32767));
        assertEquals((byte) 0x00, MuLaw.encode(-32768));
        assertEquals(0, MuLaw.decode((byte) 0xff));
        assertEquals(32124, MuLaw.decode((byte) 0x80));
        assertEquals(-32124, MuLaw.decode((byte) 0x00));
    }

    @Test
    void reencodesEveryCodeWordToItself() {
        for (int code = 0; code < 256; code++) {
            if (code == 0x7f) {
                continue; // negative zero decodes to 0, which encodes as positive zero 0xff
            }
            assertEquals((byte) code, MuLaw.encode(MuLaw.decode((byte) code)), "code word " + code);
        }
    }

    @Test
    void quantisesEverySampleWithinHalfAStepOfItsSegment() {
        for (int sample = -32768; sample <= 32767; sample++) {
            int error = Math.abs(MuLaw.decode(MuLaw.encode(sample)) - sample);
            int magnitude = Math.min(Math.abs(sample), 32635);
            assertTrue(error <= Math.abs(sample) - magnitude + (magnitude + 132) / 32,
                    "sample " + sample + " came back " + error + " away");
        }
    }

    @Test
    void toneSourceProducesTheRequestedFrequency() {
        ToneSource tone = new ToneSource(1000, 0.5);
        byte[] second = new byte[MuLaw.CLOCK_RATE];
        for (int packet = 0; packet < 50; packet++) {
            tone.fill(second, packet * 160, 160);
        }
        int crossings = 0;
        for (int i = 1; i < second.length; i++) {
            if ((MuLaw.decode(second[i - 1]) < 0) != (MuLaw.decode(second[i]) < 0)) {
                crossings++;
            }
        }
        assertTrue(Math.abs(crossings - 2000) <= 2, "zero crossings in one second: " + crossings);
    }
}
