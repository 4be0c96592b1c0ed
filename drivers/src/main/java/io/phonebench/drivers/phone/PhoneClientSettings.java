package io.phonebench.drivers.phone;

import java.time.Duration;

/**
 * Bounds for talking to one phone.
 *
 * @param connectTimeout   TCP connect
 * @param responseTimeout  the whole of one exchange, status line, headers and body (Play: pushes answer only after
 *                         playback, so raise it for those)
 * @param maxResponseBytes larger answers are refused, so a hostile or broken phone cannot exhaust memory
 * @param pollInterval     pause between attempts of {@link PhoneClient#waitUntilUp} (50 ms by default: a refused
 *                         connect costs the phone nothing, and a boot is noticed within one step)
 */
public record PhoneClientSettings(Duration connectTimeout, Duration responseTimeout, int maxResponseBytes,
        Duration pollInterval) {
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

    public PhoneClientSettings {
        requirePositive("connectTimeout", connectTimeout);
        requirePositive("responseTimeout", responseTimeout);
        requirePositive("pollInterval", pollInterval);
        if (maxResponseBytes < 1024) {
            throw new IllegalArgumentException("maxResponseBytes must be at least 1024 but is " + maxResponseBytes);
        }
    }

    public static PhoneClientSettings defaults() {
        return new PhoneClientSettings(Duration.ofSeconds(3), Duration.ofSeconds(5), DEFAULT_MAX_RESPONSE_BYTES,
                Duration.ofMillis(50));
    }

    public PhoneClientSettings withTimeouts(Duration connect, Duration response) {
        return new PhoneClientSettings(connect, response, maxResponseBytes, pollInterval);
    }

    public PhoneClientSettings withMaxResponseBytes(int bytes) {
        return new PhoneClientSettings(connectTimeout, responseTimeout, bytes, pollInterval);
    }

    public PhoneClientSettings withPollInterval(Duration interval) {
        return new PhoneClientSettings(connectTimeout, responseTimeout, maxResponseBytes, interval);
    }

    private static void requirePositive(String name, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration but is " + d);
        }
    }
}
