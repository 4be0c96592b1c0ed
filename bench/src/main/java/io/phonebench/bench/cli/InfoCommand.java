package io.phonebench.bench.cli;

import picocli.CommandLine.Command;

@Command(name = "info", description = "Print a phone's device information (not built yet)")
final class InfoCommand extends NotBuiltYet {
    InfoCommand() {
        super("info", "issue 8");
    }
}
