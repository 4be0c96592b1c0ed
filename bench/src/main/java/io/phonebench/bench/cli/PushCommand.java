package io.phonebench.bench.cli;

import picocli.CommandLine.Command;

@Command(name = "push", description = "Push a CiscoIPPhone object to a phone (not built yet)")
final class PushCommand extends NotBuiltYet {
    PushCommand() {
        super("push", "issue 8");
    }
}
