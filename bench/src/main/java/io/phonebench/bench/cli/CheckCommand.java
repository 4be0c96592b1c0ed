package io.phonebench.bench.cli;

import io.phonebench.bench.lab.RigSession;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.PhoneState;
import io.phonebench.bench.rig.Rig;
import io.phonebench.bench.rig.RigFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", description = "Health check of every resource of a rig: switch answers, console opens, phone "
        + "powers up and answers. Exit 0 when all are up, 2 when any is down.")
final class CheckCommand implements Callable<Integer> {
    @Option(names = "--rig", required = true, paramLabel = "FILE", description = "rig file")
    Path rig;

    @Option(names = "--phones", split = ",", paramLabel = "NAME", description = "only these phones (a,b,...)")
    List<String> phones = new ArrayList<>();

    @picocli.CommandLine.Mixin
    LeaseWait leaseWait = new LeaseWait();

    @Override
    public Integer call() {
        Rig loaded = RigFile.load(rig);
        System.out.printf("checking rig %s (%s)%n", loaded.name(), rig);
        try (RigSession session = RigSession.open(loaded, phones, System.out, leaseWait.terms())) {
            String format = "%-20s %-10s %-8s %-28s %-10s %s%n";
            System.out.printf(format, "phone", "model", "state", "power", "console", "problem");
            boolean allUp = true;
            for (Phone phone : session.phones()) {
                PhoneState state = phone.strategy().state();
                allUp &= state == PhoneState.READY;
                String power = phone.spec().power().map(p -> p.switchName() + "#" + p.channel()
                        + phone.power().flatMap(s -> s.state()).map(on -> on ? " on" : " off").orElse(""))
                        .orElse("-");
                String console = phone.console().map(c -> "open").orElse(phone.spec().console().isPresent()
                        ? "not attached" : "-");
                System.out.printf(format, phone.name(), phone.model().name(), state, power, console,
                        state == PhoneState.READY ? "" : phone.strategy().brokenBecause());
            }
            System.out.println(allUp ? "rig is healthy" : "rig is NOT healthy: do not run suites on it until fixed");
            return allUp ? ExitCode.OK : ExitCode.BROKEN;
        }
    }
}
