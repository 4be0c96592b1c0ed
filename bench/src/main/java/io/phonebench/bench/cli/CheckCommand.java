package io.phonebench.bench.cli;

import picocli.CommandLine.Command;

@Command(name = "check", description = "Health check of every resource of a rig (not built yet)")
final class CheckCommand extends NotBuiltYet {
    CheckCommand() {
        super("check", "issue 8");
    }
}
