package io.phonebench.bench.rig;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A validated rig file: every name is resolved and every value checked, so nothing about the rig can fail later
 * because of the file.
 *
 * @param name        the rig's name, also the name of its lease
 * @param source      the file it was read from
 * @param credentials the bench's user on the phones
 * @param serviceHost where the service host listens
 * @param switches    power switches by name, in file order
 * @param phones      phones in file order
 * @param leases      where the phones' leases live
 */
public record Rig(
        String name,
        Path source,
        DirectoryUser credentials,
        ServiceHostSpec serviceHost,
        Map<String, SwitchSpec> switches,
        List<PhoneSpec> phones,
        LeaseSpec leases) {

    public Rig {
        switches = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(switches));
        phones = List.copyOf(phones);
    }

    /** A rig whose leases live in the local lease directory. */
    public Rig(String name, Path source, DirectoryUser credentials, ServiceHostSpec serviceHost,
               Map<String, SwitchSpec> switches, List<PhoneSpec> phones) {
        this(name, source, credentials, serviceHost, switches, phones, LeaseSpec.DIRECTORY);
    }

    public Optional<PhoneSpec> phone(String phoneName) {
        return phones.stream().filter(p -> p.name().equals(phoneName)).findFirst();
    }

    /**
     * The named phones, in the order asked for.
     *
     * @throws RigConfigurationException naming the unknown phone and the phones the rig has
     */
    public List<PhoneSpec> phones(List<String> phoneNames) {
        Set<String> named = new HashSet<>();
        for (String n : phoneNames) {
            if (!named.add(n)) {
                // two workers would drive one phone at once, and their tests would push over each other
                throw new RigConfigurationException("--phones " + String.join(",", phoneNames) + ": '" + n
                        + "' is named twice; each phone runs the suite once");
            }
        }
        return phoneNames.stream().map(n -> phone(n).orElseThrow(() -> new RigConfigurationException(
                source + ": no phone '" + n + "' in rig " + name + " (phones: " + phoneNames() + ")"))).toList();
    }

    public String phoneNames() {
        return phones.stream().map(PhoneSpec::name).collect(Collectors.joining(", "));
    }

    /** The switch powering a phone; present whenever the phone has a power entry, as the loader resolved it. */
    public Optional<SwitchSpec> switchOf(PhoneSpec phone) {
        return phone.power().map(p -> switches.get(p.switchName()));
    }
}
