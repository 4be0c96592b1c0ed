package io.phonebench.bench.cli;

import io.phonebench.bench.lab.RigSession;
import io.phonebench.bench.lease.LeaseTerms;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.PhoneState;
import io.phonebench.bench.rig.PhoneSpec;
import io.phonebench.bench.rig.Rig;
import io.phonebench.bench.rig.RigFile;
import io.phonebench.drivers.phone.PhoneAddress;
import io.phonebench.drivers.phone.PhoneClient;
import io.phonebench.drivers.phone.PhoneClientSettings;
import io.phonebench.emulator.catalog.PhoneCatalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", description = "Health check of every resource of a rig: service host addresses, switches, "
        + "consoles, phones answering. One row per resource whatever fails. Exit 0 when all are up, 2 when any is "
        + "down.")
final class CheckCommand implements Callable<Integer> {
    private static final String FORMAT = "%-22s %-34s %-6s %s%n";

    @Option(names = "--rig", required = true, paramLabel = "FILE", description = "rig file")
    Path rig;

    @Option(names = "--phones", split = ",", paramLabel = "NAME", description = "only these phones (a,b,...)")
    List<String> phones = new ArrayList<>();

    @Option(names = "--power-cycle", description = "bring real phones up through their switches (power on, one "
            + "recovery power cycle); without it real phones are only asked over HTTP")
    boolean powerCycle;
    @picocli.CommandLine.Mixin
    LeaseWait leaseWait = new LeaseWait();

    @Override
    public Integer call() {
        Rig loaded = RigFile.load(rig);
        List<PhoneSpec> used = phones.isEmpty() ? loaded.phones() : loaded.phones(phones);
        System.out.printf("checking rig %s (%s)%n", loaded.name(), rig);
        System.out.printf(FORMAT, "resource", "where", "state", "problem");
        boolean allUp = true;

        allUp &= print(ResourceCheck.bindable("service host", loaded.serviceHost().bind()));
        for (String alias : loaded.serviceHost().aliases()) {
            allUp &= print(ResourceCheck.bindable("service host alias", alias));
        }
        Map<String, ResourceCheck.Row> switchRows = new LinkedHashMap<>();
        for (PhoneSpec phone : used) {
            phone.power().ifPresent(p -> switchRows.computeIfAbsent(p.switchName(),
                    name -> ResourceCheck.powerSwitch(loaded.switches().get(name))));
        }
        for (ResourceCheck.Row row : switchRows.values()) {
            allUp &= print(row);
        }
        Map<String, ResourceCheck.Row> consoleRows = new LinkedHashMap<>();
        for (PhoneSpec phone : used) {
            phone.console().ifPresent(c -> consoleRows.put(phone.name(), ResourceCheck.console(phone, c)));
        }
        for (ResourceCheck.Row row : consoleRows.values()) {
            allUp &= print(row);
        }

        // Phones whose switch or console is down are not started; virtual phones live only in a session, and real
        // ones join it only with --power-cycle, because bringing a phone up may power cycle it.
        List<String> inSession = new ArrayList<>();
        Map<String, String> blocked = new LinkedHashMap<>();
        for (PhoneSpec phone : used) {
            Optional<String> blocking = ResourceCheck.blocking(loaded, phone, switchRows, consoleRows);
            if (blocking.isPresent()) {
                blocked.put(phone.name(), blocking.get());
            } else if (phone.emulated() || powerCycle) {
                inSession.add(phone.name());
            }
        }
        Map<String, ResourceCheck.Row> phoneRows = new LinkedHashMap<>();
        blocked.forEach((name, why) -> phoneRows.put(name, ResourceCheck.Row.down("phone " + name, "-",
                "not checked: its " + why)));
        if (!inSession.isEmpty()) {
            phoneRows.putAll(session(loaded, inSession, leaseWait.terms()));
        }
        for (PhoneSpec phone : used) {
            if (!phoneRows.containsKey(phone.name())) {
                phoneRows.put(phone.name(), answers(loaded, phone));
            }
        }
        for (PhoneSpec phone : used) {
            allUp &= print(phoneRows.get(phone.name()));
        }
        System.out.println(allUp ? "rig is healthy" : "rig is NOT healthy: do not run suites on it until fixed");
        return allUp ? ExitCode.OK : ExitCode.BROKEN;
    }

    private static Map<String, ResourceCheck.Row> session(Rig rig, List<String> names, LeaseTerms terms) {
        Map<String, ResourceCheck.Row> rows = new LinkedHashMap<>();
        ByteArrayOutputStream notices = new ByteArrayOutputStream();
        try (RigSession session = RigSession.open(rig, names, new PrintStream(notices, true, StandardCharsets.UTF_8),
                terms)) {
            for (Phone phone : session.phones()) {
                PhoneState state = phone.strategy().state();
                String where = phone.model().name() + " " + phone.spec().address() + phone.identity()
                        .map(id -> " fw " + id.firmware()).orElse("");
                rows.put(phone.name(), state == PhoneState.READY ? ResourceCheck.Row.ok("phone " + phone.name(), where)
                        : ResourceCheck.Row.down("phone " + phone.name(), where, state + ": "
                        + phone.strategy().brokenBecause()));
            }
        } catch (RuntimeException e) {
            for (String name : names) {
                rows.putIfAbsent(name, ResourceCheck.Row.down("phone " + name, "-", "the rig session did not start: "
                        + e.getMessage()));
            }
        }
        return rows;
    }

    /** A real phone without --power-cycle: is it answering DeviceInformationX right now? */
    private static ResourceCheck.Row answers(Rig rig, PhoneSpec spec) {
        String where = spec.model() + " " + spec.address() + (spec.port() > 0 ? ":" + spec.port() : "");
        try (PhoneClient client = new PhoneClient(new PhoneAddress(spec.address(), spec.port() > 0 ? spec.port() : 80,
                rig.credentials().user(), rig.credentials().password()),
                PhoneCatalog.standard().model(spec.model()).pushLimitBytes(), PhoneClientSettings.defaults())) {
            var info = client.deviceInformation();
            return ResourceCheck.Row.ok("phone " + spec.name(), where + info.versionId().map(v -> " fw " + v)
                    .orElse(""));
        } catch (RuntimeException e) {
            return ResourceCheck.Row.down("phone " + spec.name(), where, "not answering: " + e.getMessage()
                    + " (power cycle it through its switch: check --power-cycle)");
        }
    }

    private static boolean print(ResourceCheck.Row row) {
        System.out.printf(FORMAT, row.resource(), row.where(), row.problem().isPresent() ? "DOWN" : "OK",
                row.problem().orElse(""));
        return row.problem().isEmpty();
    }
}
