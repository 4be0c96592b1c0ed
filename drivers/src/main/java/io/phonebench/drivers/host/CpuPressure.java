package io.phonebench.drivers.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The kernel's own account of CPU contention: Linux pressure stall information, {@code /proc/pressure/cpu}, whose
 * {@code some ... total=} line counts the microseconds in which at least one runnable thread waited for a core. Over
 * an interval that is exactly how much of it a thread such as a phone's RTP receiver may have spent queued.
 */
final class CpuPressure {
    private static final Path FILE = Path.of("/proc/pressure/cpu");
    /** Not Linux, or a kernel without PSI: the probe's wake-up delays are all there is. */
    static final long UNKNOWN = -1;

    private CpuPressure() {
    }

    /** Microseconds some thread waited for a CPU since boot, or {@link #UNKNOWN}. */
    static long someTotalMicros() {
        try {
            for (String line : Files.readAllLines(FILE, StandardCharsets.US_ASCII)) {
                if (line.startsWith("some ")) {
                    int at = line.indexOf("total=");
                    return at < 0 ? UNKNOWN : Long.parseLong(line.substring(at + "total=".length()).trim());
                }
            }
        } catch (IOException | NumberFormatException | SecurityException e) {
            return UNKNOWN;
        }
        return UNKNOWN;
    }
}
