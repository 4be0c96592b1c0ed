package io.phonebench.bench.cli;

import io.phonebench.bench.benchmark.Benchmark;
import io.phonebench.bench.benchmark.BenchmarkPlan;
import io.phonebench.bench.benchmark.Figure;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    @Option(names = "--only", split = ",", paramLabel = "PART",
            description = "Measure only these parts (comma-separated): rtp, screen, push, relay, fleet, scaling.")
    List<String> only = List.of();

    @Override
    public Integer call() {
        BenchmarkPlan plan = quick ? BenchmarkPlan.quick() : BenchmarkPlan.full();
        Set<String> parts = new LinkedHashSet<>(only.isEmpty() ? Benchmark.PARTS : only);
        for (String part : parts) {
            if (!Benchmark.PARTS.contains(part)) {
                spec.commandLine().getErr().println("benchmark: --only " + part + ": no such part; expected one of "
                        + String.join(", ", Benchmark.PARTS));
                return ExitCode.USAGE;
            }
        }
        List<Figure> figures = new Benchmark(plan, spec.commandLine().getErr(), parts).run();
        spec.commandLine().getOut().print(json ? Benchmark.json(figures) : Benchmark.lines(figures));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
