package io.phonebench.bench.cli;

import picocli.CommandLine.Command;

@Command(name = "emulate", description = "Start virtual phones until interrupted and print their URLs (not built yet)")
final class EmulateCommand extends NotBuiltYet {
    EmulateCommand() {
        super("emulate", "issue 5");
    }
}
