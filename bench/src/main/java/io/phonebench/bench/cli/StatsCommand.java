package io.phonebench.bench.cli;

import picocli.CommandLine.Command;

@Command(name = "stats", description = "Print a phone's streaming statistics (not built yet)")
final class StatsCommand extends NotBuiltYet {
    StatsCommand() {
        super("stats", "issue 8");
    }
}
