package io.phonebench.emulator.rtp;

import java.net.BindException;
import java.net.InetAddress;

/**
 * A virtual phone could not bind an RTP socket on the bench host (the port is taken by another process, or no even
 * port is free). A real phone owns its own ports, so no answer of the phone's models this: it is a fault of the host
 * the virtual rig runs on, and is reported as one (the phone answers HTTP 503) rather than as a ResponseItem the judge
 * would hold against the firmware.
 */
public final class HostSocketUnavailableException extends RuntimeException {
    HostSocketUnavailableException(String phone, InetAddress address, String what, BindException cause,
            String holders) {
        super("bench host fault, not the phone's: " + what + " cannot be bound on " + address.getHostAddress()
                + " (" + cause.getMessage() + (holders.isEmpty() ? "; another socket of this host holds it"
                : "; " + holders) + ") by virtual phone " + phone, cause);
    }
}
