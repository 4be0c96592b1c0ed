package io.phonebench.drivers.phone;

import io.phonebench.protocol.object.CiscoIPPhoneError;
import java.util.Optional;

/**
 * The phone answered, but not with what the request expects: a CiscoIPPhoneError other than authentication, an
 * unparseable body, or an undecodable screenshot. The phone's behaviour, for the comparators to judge.
 */
public final class PhoneAnswerException extends RuntimeException {
    private final transient CiscoIPPhoneError error;

    public PhoneAnswerException(String message, CiscoIPPhoneError error) {
        super(message);
        this.error = error;
    }

    public PhoneAnswerException(String message, Throwable cause) {
        super(message, cause);
        this.error = null;
    }

    /** The phone's CiscoIPPhoneError, when that is what it answered. */
    public Optional<CiscoIPPhoneError> error() {
        return Optional.ofNullable(error);
    }
}
