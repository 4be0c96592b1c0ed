package io.phonebench.bench.cli;

import io.phonebench.bench.lab.LeasedHardware;
import io.phonebench.bench.lease.Lease;
import io.phonebench.bench.lease.LeaseStore;
import io.phonebench.bench.lease.LeaseTerms;
import io.phonebench.bench.rig.Rig;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --lease-wait DURATION}: how long a command waits for a phone another bench holds. */
final class LeaseWait {
    @Option(names = "--lease-wait", paramLabel = "DURATION", defaultValue = "2m", converter = Parser.class,
            description = "wait this long for a phone another bench holds, e.g. 30s, 5m, 1h, 0 (default: "
                    + "${DEFAULT-VALUE})")
    Duration wait = Duration.ofMinutes(2);

    LeaseTerms terms() {
        return LeaseTerms.waiting(wait);
    }

    /**
     * The rig phone's leases (its hardware, as a run takes them: {@link LeasedHardware}), in the rig's lease store,
     * held until closed (the store closes with them).
     */
    Held hold(Rig rig, String phone) {
        return hold(LeaseStore.of(rig.leases()), LeasedHardware.of(rig, rig.phones(List.of(phone))));
    }

    /**
     * The lease a run takes on the phone at {@code host} ({@code phone:HOST}, as {@link LeasedHardware} names it),
     * for commands that address a phone without a rig: in $PHONEBENCH_LEASE_DB when set, else the local lease
     * directory. A host name is resolved first, since runs lease phones by address.
     */
    Held holdAddress(String host) {
        String address;
        try {
            address = java.net.InetAddress.getByName(host).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            address = host;   // the command itself then says the host is unknown
        }
        return hold(LeaseStore.of(io.phonebench.bench.rig.LeaseSpec.DIRECTORY),
                List.of("phone:" + address.trim().toLowerCase(Locale.ROOT)));
    }

    private Held hold(LeaseStore store, List<String> keys) {
        try {
            Lease lease = store.acquire(keys, terms());
            return () -> {
                try (store; lease) {
                    // released in reverse order: the lease, then the store's connection
                }
            };
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** A lease held for the length of a command. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** {@code 90s}, {@code 2m}, {@code 1h}, a bare number of seconds, or ISO-8601 {@code PT2M}. */
    static final class Parser implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            try {
                if (v.startsWith("pt")) {
                    return Duration.parse(v.toUpperCase(Locale.ROOT));
                }
                if (v.matches("\\d+")) {
                    return Duration.ofSeconds(Long.parseLong(v));
                }
                if (v.matches("\\d+(ms|s|m|h)")) {
                    long n = Long.parseLong(v.replaceAll("\\D", ""));
                    return switch (v.replaceAll("\\d", "")) {
                        case "ms" -> Duration.ofMillis(n);
                        case "s" -> Duration.ofSeconds(n);
                        case "m" -> Duration.ofMinutes(n);
                        default -> Duration.ofHours(n);
                    };
                }
            } catch (DateTimeParseException | ArithmeticException e) {
                // reported below
            }
            throw new CommandLine.TypeConversionException("expected a duration such as 30s, 5m, 1h or 0, found '"
                    + value + "'");
        }
    }
}
