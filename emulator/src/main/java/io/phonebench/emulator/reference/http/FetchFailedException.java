package io.phonebench.emulator.reference.http;

/** The phone could not fetch a URL: connection refused, timeout, oversized body. The message names the URL. */
public final class FetchFailedException extends RuntimeException {
    public FetchFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
