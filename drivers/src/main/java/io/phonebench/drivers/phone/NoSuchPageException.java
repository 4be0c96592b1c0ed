package io.phonebench.drivers.phone;

import io.phonebench.drivers.BenchInfrastructureException;

/**
 * The phone answered 404 Not Found for a device page: an index it does not have (ports, logs and stream slots are
 * model-specific). In a run it stays BROKEN like any unexpected answer to a page; a one-off command can tell the user
 * which index was wrong.
 */
public final class NoSuchPageException extends BenchInfrastructureException {
    public NoSuchPageException(String message) {
        super(message);
    }
}
