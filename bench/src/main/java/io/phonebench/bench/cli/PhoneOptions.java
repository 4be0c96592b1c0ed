package io.phonebench.bench.cli;

import io.phonebench.bench.rig.RigConfigurationException;
import io.phonebench.drivers.phone.PhoneAddress;
import io.phonebench.drivers.phone.PhoneClient;
import io.phonebench.drivers.phone.PhoneClientSettings;
import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.catalog.UnknownModelException;
import java.io.Console;
import picocli.CommandLine.Option;

/**
 * How the one-off commands reach a phone: its address, the directory user, and the password from an environment
 * variable or, on a terminal, a prompt. The password is never an option: it would show in the process list.
 */
final class PhoneOptions {
    @Option(names = "--address", required = true, paramLabel = "HOST[:PORT]", description = "the phone's address")
    String address;

    @Option(names = "--user", defaultValue = "bench", description = "directory user associated with the phone")
    String user;

    @Option(names = "--password-env", defaultValue = "PHONEBENCH_PASSWORD", paramLabel = "VAR",
            description = "environment variable holding the password (default: ${DEFAULT-VALUE}); prompts when unset")
    String passwordEnv;

    @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
    boolean passwordStdin;

    @Option(names = "--model", paramLabel = "MODEL",
            description = "the phone's model (sets the push limit); default: read from /DeviceInformationX")
    String model;

    PhoneClient connect() {
        return connect(PhoneCatalog.standard().model("CP-7960G").pushLimitBytes());
    }

    /** The host part of {@code --address}, checked. */
    String host() {
        int colon = address.lastIndexOf(':');
        String host = colon >= 0 ? address.substring(0, colon) : address;
        port();
        return host;
    }

    PhoneClient connect(int pushLimitBytes) {
        return new PhoneClient(new PhoneAddress(host(), port(), user, password()), pushLimitBytes,
                PhoneClientSettings.defaults());
    }

    private int port() {
        int colon = address.lastIndexOf(':');
        String host = colon >= 0 ? address.substring(0, colon) : address;
        String port = colon >= 0 ? address.substring(colon + 1) : "80";
        if (host.isBlank() || host.indexOf(':') >= 0 || host.chars().anyMatch(Character::isWhitespace)
                || !port.matches("\\d{1,5}")) {
            throw new RigConfigurationException("--address " + address + ": expected HOST or HOST:PORT, e.g."
                    + " 10.20.0.31 or 127.0.1.3:8080 (an IPv4 address or a host name)");
        }
        int number = Integer.parseInt(port);
        if (number < 1 || number > 65535) {
            throw new RigConfigurationException("--address " + address + ": expected a port 1..65535 after ':',"
                    + " found " + number);
        }
        return number;
    }

    /** The model named on the command line, or the one the phone reports, so pushes respect its limit. */
    PhoneModel model(PhoneClient probe) {
        PhoneCatalog catalog = PhoneCatalog.standard();
        if (model != null) {
            try {
                return catalog.model(model);
            } catch (UnknownModelException e) {
                throw new RigConfigurationException("--model: " + e.getMessage());
            }
        }
        String reported = probe.deviceInformation().modelNumber().orElse("");
        return catalog.models().stream().filter(m -> m.name().equals(reported) || m.name().equals(reported + "G")
                || m.name().startsWith(reported + "-")).findFirst()
                .orElseThrow(() -> new RigConfigurationException("the phone at " + address + " reports model '"
                        + reported + "', which is not in the catalog: pass --model (known: " + catalog.names() + ")"));
    }

    private String password;

    /** Asked once: push connects twice (to learn the model, then with its limit). */
    private String password() {
        if (password == null) {
            password = askPassword();
        }
        return password;
    }

    private String askPassword() {
        if (passwordStdin) {
            try {
                String line = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                        java.nio.charset.StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    throw new RigConfigurationException("--password-stdin: standard input was empty");
                }
                return line;
            } catch (java.io.IOException e) {
                throw new RigConfigurationException("--password-stdin: cannot read standard input: " + e.getMessage());
            }
        }
        String fromEnv = System.getenv(passwordEnv);
        if (fromEnv != null) {
            return fromEnv;
        }
        Console console = System.console();
        if (console == null) {
            throw new RigConfigurationException("no password: set " + passwordEnv
                    + " (or run on a terminal to be prompted)");
        }
        char[] typed = console.readPassword("password for %s at %s: ", user, address);
        return typed == null ? "" : new String(typed);
    }
}
