package io.phonebench.bench.cli;

import io.phonebench.bench.files.ScratchDirectory;
import io.phonebench.bench.report.AllureResultsDirectory;
import io.phonebench.bench.report.ResultsMerge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "merge-results", description = "Merge the allure-results of shards and rigs into one results "
        + "directory, keeping history (newest per test); then 'phonebench report' makes one report of it.")
final class MergeResultsCommand implements Callable<Integer> {
    @Option(names = "--into", required = true, paramLabel = "DIR", description = "the merged results directory "
            + "(created; results already in it are kept)")
    Path into;

    @Option(names = "--history-from", paramLabel = "REPORT", description = "a previous report (its directory, or "
            + "its single-file index.html) whose history continues in the merged results")
    Path historyFrom;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "allure-results directories of runs")
    List<Path> sources = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path target = into.toAbsolutePath().normalize();
        List<Path> dirs = new ArrayList<>();
        for (Path source : sources) {
            Path dir = source.toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                throw usage(source + ": no such results directory (expected the --results DIR of a run)");
            }
            if (dir.startsWith(target) || target.startsWith(dir)) {
                throw usage("--into " + into + " overlaps the results directory " + source
                        + ": name a new directory to merge into");
            }
            dirs.add(dir);
        }
        Path previous = null;
        if (historyFrom != null) {
            previous = Files.createTempDirectory("phonebench-history");
            int files = new AllureResultsDirectory(previous).carryHistoryFrom(historyFrom);
            if (files == 0) {
                System.out.println(Files.exists(historyFrom)
                        ? historyFrom + " holds no report history (no history/ folder, no single-file index.html with"
                                + " one): trends start now"
                        : "no history in " + historyFrom + " (a first run): trends start now");
            }
            dirs.add(previous);
        }
        try {
            ResultsMerge.Summary summary = new ResultsMerge(target).merge(dirs);
            summary.notes().forEach(System.out::println);
            System.out.printf("merged %d result directories into %s: %d files copied, %d identical copies "
                    + "dropped%n", sources.size(), target, summary.copied(), summary.duplicates());
        } finally {
            if (previous != null) {
                ScratchDirectory.delete(previous);
            }
        }
        return ExitCode.OK;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
