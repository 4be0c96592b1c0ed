package io.phonebench.emulator.reference;

import java.net.URI;
import java.time.Instant;

/** An audio/basic clip the phone played (8 kHz µ-law, at most 5 s). */
public record AudioClip(URI url, int bytes, Instant at) {
    /** Playing time at 8000 samples per second. */
    public double seconds() {
        return bytes / 8000.0;
    }
}
