package io.phonebench.bench.cli;

import picocli.CommandLine.Command;

@Command(name = "validate", description = "Check CiscoIPPhone XML files the way a phone would (not built yet)")
final class ValidateCommand extends NotBuiltYet {
    ValidateCommand() {
        super("validate", "issue 4");
    }
}
