package io.phonebench.bench.cli;

import picocli.CommandLine.Command;

@Command(name = "run", description = "Run a suite on a rig and write allure-results (not built yet)")
final class RunCommand extends NotBuiltYet {
    RunCommand() {
        super("run", "issue 8");
    }
}
