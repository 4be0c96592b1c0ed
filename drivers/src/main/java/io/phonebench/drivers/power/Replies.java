package io.phonebench.drivers.power;

import io.phonebench.drivers.serial.SerialLink;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;

/** Reading a board's answer within a deadline; what was seen so far goes into the failure. */
final class Replies {
    private Replies() {
    }

    static byte[] readExactly(SerialLink link, int count, Duration timeout) throws NoAnswer {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (seen.size() < count) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.isNegative() || left.isZero()) {
                throw new NoAnswer(seen.size() == 0 ? "nothing" : "only " + hex(seen.toByteArray()));
            }
            byte[] buffer = new byte[count - seen.size()];   // never read past this answer
            seen.write(buffer, 0, link.read(buffer, left));
        }
        return seen.toByteArray();
    }

    static String readUntil(SerialLink link, char marker, Duration timeout) throws NoAnswer {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] buffer = new byte[1];
        while (true) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.isNegative() || left.isZero()) {
                throw new NoAnswer(seen.size() == 0 ? "nothing" : "'" + printable(seen) + "'");
            }
            if (link.read(buffer, left) == 1) {
                seen.write(buffer[0]);
                if (buffer[0] == marker) {
                    return seen.toString(StandardCharsets.US_ASCII);
                }
            }
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }

    private static String printable(ByteArrayOutputStream seen) {
        return seen.toString(StandardCharsets.US_ASCII).replace("\r", "\\r").replace("\n", "\\n");
    }
}
