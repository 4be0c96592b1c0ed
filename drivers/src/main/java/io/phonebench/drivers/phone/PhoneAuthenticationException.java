package io.phonebench.drivers.phone;

import io.phonebench.drivers.BenchInfrastructureException;

/**
 * The phone answered {@code <CiscoIPPhoneError Number="4" />}: the bench's credentials were refused, or the phone's
 * authentication URL is not set up. A bench problem (BROKEN), never a product failure. The password is never quoted.
 */
public final class PhoneAuthenticationException extends BenchInfrastructureException {
    public PhoneAuthenticationException(PhoneAddress phone, String request) {
        super("phone " + phone.label() + " refused user '" + phone.user() + "' on " + request
                + ": CiscoIPPhoneError Number=\"4\" (authentication error). Expected the rig's credentials to name a"
                + " directory user associated with the phone, and the phone's authentication URL to be set up");
    }
}
