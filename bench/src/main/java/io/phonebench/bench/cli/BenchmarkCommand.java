package io.phonebench.bench.cli;

import picocli.CommandLine.Command;

@Command(name = "benchmark", description = "Performance figures as ratios against raw baselines (not built yet)")
final class BenchmarkCommand extends NotBuiltYet {
    BenchmarkCommand() {
        super("benchmark", "issue 11");
    }
}
