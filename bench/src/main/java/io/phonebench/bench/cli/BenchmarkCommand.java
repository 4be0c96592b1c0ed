package io.phonebench.bench.cli;

import io.phonebench.bench.benchmark.Benchmark;
import io.phonebench.bench.benchmark.BenchmarkPlan;
import io.phonebench.bench.benchmark.Figure;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code phonebench benchmark}: the performance figures, as ratios against raw baselines, on loopback only. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Performance figures as ratios against raw baselines, on loopback (virtual phones, a pty relay"
                + " board); one name=value line each. Progress goes to stderr.",
                "Takes up to about 5 minutes; --quick runs tiny settings in seconds (rough figures)."})
final class BenchmarkCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Option(names = "--quick", description = "Tiny settings: proves the harness, figures are rough.")
    boolean quick;

    @Override
    public Integer call() {
        BenchmarkPlan plan = quick ? BenchmarkPlan.quick() : BenchmarkPlan.full();
        List<Figure> figures = new Benchmark(plan, spec.commandLine().getErr()).run();
        spec.commandLine().getOut().print(json ? Benchmark.json(figures) : Benchmark.lines(figures));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
