package io.phonebench.bench.rig;

import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.emulator.virtual.FirmwareProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and validates rig files (the format README.md "Rig files" describes). Everything is checked at load:
 * unknown or missing keys, wrong types, unknown models and relay types, switch names, channels used twice, duplicate
 * phones. Each error is a {@link RigConfigurationException} whose message starts with {@code FILE:LINE:}.
 */
public final class RigFile {
    /** A rack of 96 phones takes about 20 KiB; anything near this is not a rig file. */
    static final int MAX_BYTES = 1024 * 1024;
    private static final Set<String> TOP_KEYS = Set.of("name", "credentials", "serviceHost", "power", "phones",
            "leases");

    private final Set<String> knownModels;
    private final EmulatedProfiles knownProfiles;
    private final Function<String, String> environment;

    /**
     * @param knownModels   model names a phone may have
     * @param knownProfiles firmware profiles an emulated phone may have
     * @param environment   looks up {@code ${VAR}} placeholders; null when unset
     */
    public RigFile(Collection<String> knownModels, Collection<String> knownProfiles,
            Function<String, String> environment) {
        this.knownModels = Set.copyOf(knownModels);
        this.knownProfiles = new EmulatedProfiles(knownProfiles, FirmwareProfile.COUNTED);
        this.environment = Objects.requireNonNull(environment);
    }

    /** The emulator's standard catalog and firmware profiles; placeholders from the process environment. */
    public static RigFile standard() {
        return new RigFile(PhoneCatalog.standard().names(), FirmwareProfile.knownNames(), System::getenv);
    }

    /** Reads a rig file with {@link #standard()} settings. */
    public static Rig load(Path file) {
        return standard().read(file);
    }

    public Rig read(Path file) {
        String text;
        // Opening a FIFO without a writer blocks in open() for good: only regular files are read.
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new RigConfigurationException(file + ":1: not a regular file (a FIFO, device or directory): give"
                    + " the path of a rig file, e.g. rigs/virtual.yaml");
        }
        try (InputStream in = Files.newInputStream(file)) {
            // Read at most one byte over the cap, so /dev/zero or a FIFO cannot fill the heap.
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new RigConfigurationException(file + ":1: the rig file is larger than " + MAX_BYTES / 1024
                        + " KiB: a rig file lists a rack's phones and switches in a few KiB; is this the right file?");
            }
            text = new String(bytes, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new RigConfigurationException(file + ":1: no such rig file (try rigs/virtual.yaml)", e);
        } catch (IOException e) {
            throw new RigConfigurationException(file + ":1: cannot read the rig file: " + e.getMessage(), e);
        }
        return parse(text, file);
    }

    /** Parses rig text; {@code source} names the file in messages and in {@link Rig#source()}. */
    public Rig parse(String text, Path source) {
        String fileName = source.toString();
        Placeholders placeholders = new Placeholders(environment);
        RigMapping top = RigMapping.of(new YamlTreeReader(fileName).read(text), "", fileName, placeholders);
        top.allowOnly(TOP_KEYS);

        String name = top.requiredName("name");
        DirectoryUser credentials = credentials(top.requiredMapping("credentials"));
        ServiceHostSpec serviceHost = top.optionalMapping("serviceHost").map(RigFile::serviceHost)
                .orElse(ServiceHostSpec.LOOPBACK);

        Map<String, SwitchSpec> switches = new LinkedHashMap<>();
        top.optionalMapping("power").ifPresent(power -> {
            for (YamlNode.Entry e : power.entries()) {
                String problem = SafeName.problem(e.key());
                if (problem != null) {
                    throw power.errorAt(e.line(), SafeName.printable(e.key()), "switch name: " + problem);
                }
                RigMapping spec = RigMapping.of(e.value(), power.keyPath(e.key()), fileName, placeholders);
                switches.put(e.key(), new SwitchReader(spec, e.key()).read());
            }
        });

        List<YamlNode> phoneNodes = top.sequence("phones");
        if (phoneNodes.isEmpty()) {
            throw top.error("phones", "expected at least one phone");
        }
        PhoneReader phones = new PhoneReader(fileName, switches, knownModels, knownProfiles);
        for (int i = 0; i < phoneNodes.size(); i++) {
            phones.read(RigMapping.of(phoneNodes.get(i), "phones[" + i + "]", fileName, placeholders));
        }
        LeaseSpec leases = top.optionalMapping("leases").map(RigFile::leases).orElse(LeaseSpec.DIRECTORY);
        return new Rig(name, source, credentials, serviceHost, switches, phones.phones(), leases);
    }

    /** {@code leases: { store: postgresql, url: "${PHONEBENCH_LEASE_DB}" }}: the URL may hold a password. */
    private static LeaseSpec leases(RigMapping m) {
        m.allowOnly(Set.of("store", "url"));
        String store = m.optionalChoice("store", List.of("directory", "postgresql")).orElse("directory");
        Optional<String> url = m.optionalSecret("url");
        if (url.isPresent() && !store.equals("postgresql")) {
            throw m.error("url", "a url belongs to store: postgresql; the lease directory is $PHONEBENCH_LEASE_DIR");
        }
        return new LeaseSpec(store, url.filter(u -> !u.isBlank()));
    }

    private static DirectoryUser credentials(RigMapping m) {
        m.allowOnly(Set.of("user", "password"));
        String user = m.optionalResolved("user").orElseThrow(() -> m.error("user",
                "missing key 'user': the directory user associated with the phones, e.g. user: bench"));
        String password = m.optionalSecret("password").orElseThrow(() -> m.error("password",
                "missing key 'password': write password: \"${PHONEBENCH_PASSWORD}\""));
        return new DirectoryUser(user, password);
    }

    private static ServiceHostSpec serviceHost(RigMapping m) {
        m.allowOnly(Set.of("bind", "port", "aliases"));
        int port = m.intOr("port", 0);
        if (port < 0 || port > 65535) {
            throw m.error("port", "expected a TCP port 0..65535 (0 = any free port), found " + port);
        }
        String bind = m.optionalResolved("bind").orElse("127.0.0.1");
        m.requireIpv4("bind", bind, "10.20.0.5 (an address of this machine that the phones can reach)");
        return new ServiceHostSpec(bind, port, aliases(m, bind));
    }

    /**
     * Further IPv4 addresses of the service host; each distinct and not the bind address. An alias is an address to
     * bind, never a name to resolve, and IPv4 like the bind address: it becomes the host of the URLs phones fetch.
     */
    private static List<String> aliases(RigMapping m, String bind) {
        List<String> aliases = new ArrayList<>();
        for (YamlNode item : m.sequence("aliases")) {
            if (!(item instanceof YamlNode.Scalar s) || !Ipv4Literal.matches(s.text())) {
                String hint = item instanceof YamlNode.Scalar scalar ? Ipv4Literal.hint(scalar.text()) : "";
                throw m.errorAt(item.line(), "aliases", "expected an IPv4 address such as 127.0.0.2, found "
                        + item.describe() + hint);
            }
            if (s.text().equals(bind) || aliases.contains(s.text())) {
                throw m.errorAt(item.line(), "aliases", "expected each address once and not the bind address "
                        + (m.has("bind") ? m.asWritten("bind") : bind) + ", found " + s.text() + " again");
            }
            aliases.add(s.text());
        }
        return aliases;
    }
}
