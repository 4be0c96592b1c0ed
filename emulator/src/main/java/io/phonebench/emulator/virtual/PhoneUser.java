package io.phonebench.emulator.virtual;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/** The directory user a phone accepts for /CGI/Execute and /CGI/Screenshot. The password never prints. */
public record PhoneUser(String user, String password) {
    public PhoneUser {
        if (user == null || user.isEmpty() || user.contains(":")) {
            throw new IllegalArgumentException("phone user: expected a non-empty name without ':', saw '" + user + "'");
        }
        if (password == null) {
            throw new IllegalArgumentException("phone password for user " + user + ": expected a value, saw none");
        }
    }

    /** Whether an Authorization header carries exactly these credentials (HTTP basic, RFC 7617). */
    public boolean acceptsAuthorization(Optional<String> header) {
        if (header.isEmpty() || !header.get().regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(header.get().substring(6).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] expected = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, decoded);
    }

    @Override
    public String toString() {
        return "PhoneUser[user=" + user + ", password=***]";
    }
}
