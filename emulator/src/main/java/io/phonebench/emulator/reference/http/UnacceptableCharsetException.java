package io.phonebench.emulator.reference.http;

/** A page declared a charset the phone does not list in its Accept-Charset; the phone does not show it. */
public final class UnacceptableCharsetException extends RuntimeException {
    public UnacceptableCharsetException(String message) {
        super(message);
    }
}
