package io.phonebench.bench.cli;

import picocli.CommandLine.Option;

/**
 * The directory user and where its password comes from, for a command that may reach a phone by {@code --address}
 * (a rig phone takes the rig's credentials instead). The password is never an option: it would show in the process
 * list.
 */
final class PhoneCredentials {
    @Option(names = "--user", defaultValue = "bench", description = "directory user associated with the phone"
            + " (with --address)")
    String user;

    @Option(names = "--password-env", defaultValue = "PHONEBENCH_PASSWORD", paramLabel = "VAR",
            description = "environment variable holding the password (with --address; default: ${DEFAULT-VALUE});"
                    + " prompts when unset")
    String passwordEnv;

    @Option(names = "--password-stdin", description = "read the password from the first line of standard input"
            + " (with --address)")
    boolean passwordStdin;

    /** The phone at {@code address} with these credentials, as the one-off commands reach it. */
    PhoneOptions at(String address) {
        PhoneOptions phone = new PhoneOptions();
        phone.address = address;
        phone.user = user;
        phone.passwordEnv = passwordEnv;
        phone.passwordStdin = passwordStdin;
        return phone;
    }
}
