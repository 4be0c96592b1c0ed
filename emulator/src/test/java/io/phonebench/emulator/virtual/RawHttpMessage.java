package io.phonebench.emulator.virtual;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One HTTP/1.1 message read off a raw socket, for tests that play a peer no HTTP library would be. */
final class RawHttpMessage {
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length: *(\\d+)");

    private RawHttpMessage() {
    }

    /**
     * Reads a message's head, then as many body bytes as its Content-Length says (none without one).
     *
     * @return the head, up to and including its empty line
     */
    static String read(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed inside a message's head: " + head);
            }
            head.append((char) b);
        }
        Matcher length = CONTENT_LENGTH.matcher(head);
        int expected = length.find() ? Integer.parseInt(length.group(1)) : 0;
        int read = in.readNBytes(expected).length;
        if (read != expected) {
            throw new IOException("the connection closed after " + read + " of " + expected + " body bytes");
        }
        return head.toString();
    }
}
