package io.phonebench.bench.cli;

import io.phonebench.bench.capture.CapturedModel;
import io.phonebench.bench.capture.ModelCapture;
import io.phonebench.bench.rig.PhoneSpec;
import io.phonebench.bench.rig.Rig;
import io.phonebench.bench.rig.RigConfigurationException;
import io.phonebench.bench.rig.RigFile;
import io.phonebench.bench.service.ServiceHost;
import io.phonebench.drivers.phone.PhoneAddress;
import io.phonebench.drivers.phone.PhoneClient;
import io.phonebench.drivers.phone.PhoneClientSettings;
import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.virtual.FirmwareProfile;
import io.phonebench.emulator.virtual.VirtualPhone;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "capture", description = "Learn a catalog entry from a phone: headers of a service fetch as sent,"
        + " device pages, screenshot size and format, push limit, colour PNG, what it does with Set-Cookie. Prints the"
        + " entry (YAML, each value with its source) and its differences from the catalog. The phone is given by"
        + " --address, or by --rig and --phone (the rig's credentials and service host address; an emulated rig phone"
        + " is started for the capture).")
final class CaptureCommand implements Callable<Integer> {
    /** How long an emulated rig phone may take to boot before the capture gives up. */
    private static final Duration BOOT_WAIT = Duration.ofSeconds(60);

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** Exactly one way to name the phone. */
    static final class Target {
        @ArgGroup(exclusive = false, multiplicity = "1")
        RigPhone rigPhone;

        @Option(names = "--address", required = true, paramLabel = "HOST[:PORT]", description = "the phone's address")
        String address;
    }

    static final class RigPhone {
        @Option(names = "--rig", required = true, paramLabel = "FILE", description = "rig file")
        Path rig;

        @Option(names = "--phone", required = true, paramLabel = "NAME", description = "the rig phone's name")
        String phone;
    }

    @Mixin
    PhoneCredentials credentials;

    @Mixin
    LeaseWait leaseWait = new LeaseWait();

    @Option(names = "--bind", paramLabel = "ADDR", description = "address of this machine the phone can reach, for"
            + " the service fetches (default: the rig's serviceHost.bind with --rig, else 127.0.0.1)")
    String bind;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the proposed entry to FILE")
    Path out;

    @Override
    public Integer call() {
        if (out != null) {
            OutputPlace.file("--out", out, "capture.yaml");
        }
        PhoneCatalog catalog = PhoneCatalog.standard();
        if (target.address != null) {
            PhoneOptions phone = credentials.at(target.address);
            try (ServiceHost services = new ServiceHost(bind == null ? "127.0.0.1" : bind, 0, Clock.systemUTC())
                    .start();
                 PhoneClient probe = phone.connect();
                 PhoneClient large = phone.connect(PhoneModel.Generation.CURRENT.pushLimitBytes())) {
                return print(new ModelCapture(probe, large, services).capture(name -> standIn(catalog, name)));
            }
        }
        Rig rig = RigFile.load(target.rigPhone.rig);
        PhoneSpec spec = rig.phones(java.util.List.of(target.rigPhone.phone)).get(0);
        String host = bind != null ? bind : rig.serviceHost().bind();
        try (LeaseWait.Held lease = leaseWait.hold(rig, spec.name());
             ServiceHost services = new ServiceHost(host, 0, Clock.systemUTC()).start();
             Started phone = start(rig, spec, catalog);
             PhoneClient probe = client(rig, spec, phone.port(), PhoneModel.Generation.CLASSIC_OLD.pushLimitBytes());
             PhoneClient large = client(rig, spec, phone.port(), PhoneModel.Generation.CURRENT.pushLimitBytes())) {
            return print(new ModelCapture(probe, large, services).capture(name -> standIn(catalog, name)));
        }
    }

    /** The rig phone, running: a real one is already; an emulated one is started here, as a run would start it. */
    private static Started start(Rig rig, PhoneSpec spec, PhoneCatalog catalog) {
        if (!spec.emulated()) {
            return new Started(Optional.empty(), spec.port());
        }
        VirtualPhone phone = VirtualPhone.builder(catalog.model(spec.model())).address(spec.address())
                .port(spec.port()).credentials(rig.credentials().user(), rig.credentials().password())
                .profile(FirmwareProfile.named(spec.emulatedProfile().orElseThrow())).build();
        try {
            phone.start();
            phone.awaitReady(BOOT_WAIT);
            return new Started(Optional.of(phone), phone.uri().getPort());
        } catch (RuntimeException e) {
            phone.close();
            throw e;
        }
    }

    private static PhoneClient client(Rig rig, PhoneSpec spec, int port, int pushLimitBytes) {
        return new PhoneClient(new PhoneAddress(spec.address(), port, rig.credentials().user(),
                rig.credentials().password()), pushLimitBytes, PhoneClientSettings.defaults());
    }

    /** A rig phone for the length of the capture; an emulated one is powered down at the end. */
    private record Started(Optional<VirtualPhone> virtual, int port) implements AutoCloseable {
        @Override
        public void close() {
            virtual.ifPresent(VirtualPhone::close);
        }
    }

    private int print(CapturedModel model) {
        System.out.print(model.yaml());
        System.out.println();
        System.out.print(model.diffText());
        if (out != null) {
            write(out, model.yaml());
        }
        return ExitCode.OK;
    }

    /** The catalog's entry for the model, else the catalog model whose name shares the longest prefix with it. */
    static Optional<PhoneModel> standIn(PhoneCatalog catalog, String name) {
        if (catalog.names().contains(name)) {
            return Optional.of(catalog.model(name));
        }
        return catalog.models().stream().max(Comparator.comparingInt(m -> commonPrefix(m.name(), name)));
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < Math.min(a.length(), b.length()) && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static void write(Path file, String yaml) {
        try {
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RigConfigurationException("--out " + file + ": cannot write: " + e.getMessage());
        }
    }
}
