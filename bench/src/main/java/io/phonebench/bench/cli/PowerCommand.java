package io.phonebench.bench.cli;

import io.phonebench.bench.lab.PhonePower;
import io.phonebench.bench.rig.RigFile;
import io.phonebench.drivers.power.PowerSwitch;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "power", description = "Switch a rig phone's power: on, off, cycle, status.")
final class PowerCommand implements Callable<Integer> {
    enum Action { on, off, cycle, status }

    @Parameters(index = "0", paramLabel = "ACTION", description = "on, off, cycle or status")
    Action action;

    @Option(names = "--rig", required = true, paramLabel = "FILE", description = "rig file")
    Path rig;

    @Option(names = "--phone", required = true, paramLabel = "NAME", description = "the rig phone's name")
    String phone;

    @picocli.CommandLine.Mixin
    LeaseWait leaseWait = new LeaseWait();

    @Override
    public Integer call() {
        io.phonebench.bench.rig.Rig loaded = RigFile.load(rig);
        try (LeaseWait.Held lease = leaseWait.hold(loaded, phone);
             PhonePower power = PhonePower.open(loaded, phone, System.err)) {
            PowerSwitch s = power.power();
            switch (action) {
                case on -> s.on();
                case off -> s.off();
                case cycle -> s.cycle();
                case status -> { }
            }
            System.out.println(phone + ": " + s.state().map(on -> on ? "on" : "off")
                    .orElse(action == Action.status ? "unknown (this switch cannot report its state)" : action + " done"));
            return ExitCode.OK;
        }
    }
}
