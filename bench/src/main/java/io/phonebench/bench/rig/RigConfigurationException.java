package io.phonebench.bench.rig;

/** A mistake in a rig file or a command line that the user can fix: the message says FILE:LINE and what to write. */
public class RigConfigurationException extends RuntimeException {
    public RigConfigurationException(String message) {
        super(message);
    }

    public RigConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
