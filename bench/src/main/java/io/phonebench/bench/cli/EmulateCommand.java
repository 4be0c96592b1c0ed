package io.phonebench.bench.cli;

import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.catalog.UnknownModelException;
import io.phonebench.emulator.virtual.FirmwareProfile;
import io.phonebench.emulator.virtual.VirtualPhone;
import java.io.PrintWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Virtual phones for XML service authors and manual checks: one per model, on consecutive loopback addresses. */
@Command(name = "emulate", description = "Start virtual phones until interrupted and print their URLs")
final class EmulateCommand implements Callable<Integer> {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

    @Spec
    CommandSpec spec;

    @Option(names = "--models", split = ",", required = true, paramLabel = "MODEL",
            description = "Models to start, e.g. CP-7970G,CP-7960G")
    List<String> models;

    @Option(names = "--bind", defaultValue = "127.0.1.1", paramLabel = "ADDR",
            description = "Address of the first phone; the next ones get the following addresses (default ${DEFAULT-VALUE})")
    String bind;

    @Option(names = "--port", defaultValue = "0", description = "Port of every phone; 0 picks a free one each")
    int port;

    @Option(names = "--user", defaultValue = "bench", description = "User for /CGI/Execute and /CGI/Screenshot")
    String user;

    @Option(names = "--password-env", defaultValue = "PHONEBENCH_PASSWORD", paramLabel = "VAR",
            description = "Environment variable holding the password (unset: 'bench')")
    String passwordEnv;

    @Option(names = "--profile", defaultValue = "faithful", description = "Firmware profile of every phone")
    String profile;

    @Option(names = "--boot-time", defaultValue = "PT0.3S", hidden = true)
    Duration bootTime;

    private final CountDownLatch interrupted = new CountDownLatch(1);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<PhoneModel> chosen = new ArrayList<>();
        FirmwareProfile firmware;
        InetAddress first;
        try {
            PhoneCatalog catalog = PhoneCatalog.standard();
            for (String name : models) {
                chosen.add(catalog.model(name.trim()));
            }
            firmware = FirmwareProfile.named(profile);
            first = InetAddress.getByName(bind);
            if (!(first instanceof Inet4Address)) {
                throw new IllegalArgumentException("--bind: expected an IPv4 address, saw " + bind);
            }
        } catch (UnknownModelException | IllegalArgumentException | UnknownHostException e) {
            err.println("phonebench emulate: " + e.getMessage());
            return ExitCode.USAGE;
        }
        String password = System.getenv(passwordEnv);
        List<VirtualPhone> phones = new ArrayList<>();
        Thread hook = new Thread(() -> phones.forEach(VirtualPhone::close), "emulate-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            for (int i = 0; i < chosen.size(); i++) {
                VirtualPhone phone = VirtualPhone.builder(chosen.get(i)).address(nth(first, i)).port(port)
                        .credentials(user, password == null ? "bench" : password).profile(firmware)
                        .bootTime(bootTime).build();
                phones.add(phone);
                phone.start();
            }
            for (VirtualPhone phone : phones) {
                phone.awaitReady(READY_TIMEOUT.plus(firmware.bootTime(bootTime)));
                out.printf("%-10s %s  %s  user %s  profile %s%n", phone.model().name(), phone.uri(),
                        phone.identity().hostName(), user, firmware.name());
            }
            out.println(password == null ? "password: 'bench' (" + passwordEnv + " is not set)"
                    : "password: from $" + passwordEnv);
            out.println("Running until interrupted (Ctrl-C).");
            out.flush();
            interrupted.await();
            return ExitCode.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.OK;
        } catch (IllegalArgumentException e) {
            err.println("phonebench emulate: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (RuntimeException e) {
            err.println("phonebench emulate: infrastructure: " + e.getMessage());
            return ExitCode.BROKEN;
        } finally {
            phones.forEach(VirtualPhone::close);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is already running and closes the phones itself
            }
        }
    }

    /** The address {@code n} after {@code first}, carrying into higher octets. */
    static String nth(InetAddress first, int n) {
        byte[] b = first.getAddress();
        long value = ((b[0] & 0xFFL) << 24 | (b[1] & 0xFFL) << 16 | (b[2] & 0xFFL) << 8 | (b[3] & 0xFFL)) + n;
        return ((value >> 24) & 0xFF) + "." + ((value >> 16) & 0xFF) + "." + ((value >> 8) & 0xFF) + "." + (value & 0xFF);
    }
}
