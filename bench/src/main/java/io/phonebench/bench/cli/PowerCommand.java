package io.phonebench.bench.cli;

import picocli.CommandLine.Command;

@Command(name = "power", description = "Switch a rig phone's power: on, off, cycle, status (not built yet)")
final class PowerCommand extends NotBuiltYet {
    PowerCommand() {
        super("power", "issue 8");
    }
}
