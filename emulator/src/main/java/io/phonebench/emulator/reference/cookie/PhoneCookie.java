package io.phonebench.emulator.reference.cookie;

import java.nio.charset.StandardCharsets;

/** One cookie as the phone keeps it: name and value, sent back as {@code name=value}. */
public record PhoneCookie(String name, String value) {

    /** Size the SDK's 255-byte limit is measured on: the {@code name=value} pair the phone stores and sends. */
    public int bytes() {
        return pair().getBytes(StandardCharsets.UTF_8).length;
    }

    public String pair() {
        return name + "=" + value;
    }
}
