package io.phonebench.bench.cli;

import picocli.CommandLine.Command;

@Command(name = "console", description = "Attach to a rig phone's serial console (not built yet)")
final class ConsoleCommand extends NotBuiltYet {
    ConsoleCommand() {
        super("console", "issue 8");
    }
}
