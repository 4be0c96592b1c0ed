package io.phonebench.emulator.virtual;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads one field of an application/x-www-form-urlencoded body as raw bytes. Names compare case-sensitively, as the
 * phone does for {@code XML}; values stay bytes so the object's own encoding declaration governs its text.
 */
final class FormBody {
    private FormBody() {
    }

    static Optional<byte[]> field(byte[] body, String name) {
        String form = new String(body, StandardCharsets.ISO_8859_1);
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (new String(decode(key), StandardCharsets.UTF_8).equals(name)) {
                return Optional.of(eq < 0 ? new byte[0] : decode(pair.substring(eq + 1)));
            }
        }
        return Optional.empty();
    }

    /** Percent-decoding to bytes; a malformed escape is kept literally, as lenient servers do. */
    private static byte[] decode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+') {
                out.write(' ');
            } else if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
