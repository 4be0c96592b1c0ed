package io.phonebench.bench.cli;

import io.phonebench.bench.capture.CapturedModel;
import io.phonebench.bench.capture.ModelCapture;
import io.phonebench.bench.rig.RigConfigurationException;
import io.phonebench.bench.service.ServiceHost;
import io.phonebench.drivers.phone.PhoneClient;
import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.emulator.catalog.PhoneModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "capture", description = "Learn a catalog entry from a phone: headers of a service fetch as sent,"
        + " device pages, screenshot size, push limit. Prints the entry (YAML, each value with its source) and its"
        + " differences from the catalog.")
final class CaptureCommand implements Callable<Integer> {
    @Mixin
    PhoneOptions phone;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDR",
            description = "address of this machine the phone can reach, for the service fetch (default: ${DEFAULT-VALUE})")
    String bind;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the proposed entry to FILE")
    Path out;

    @Override
    public Integer call() {
        PhoneCatalog catalog = PhoneCatalog.standard();
        try (ServiceHost services = new ServiceHost(bind, 0, Clock.systemUTC()).start();
             PhoneClient probe = phone.connect();
             PhoneClient large = phone.connect(PhoneModel.Generation.CURRENT.pushLimitBytes())) {
            CapturedModel model = new ModelCapture(probe, large, services).capture(name -> standIn(catalog, name));
            System.out.print(model.yaml());
            System.out.println();
            System.out.print(model.diffText());
            if (out != null) {
                write(out, model.yaml());
            }
            return ExitCode.OK;
        }
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
