package io.phonebench.bench.cli;

import io.phonebench.bench.files.ScratchDirectory;
import io.phonebench.bench.sensitivity.DeviationCatalogue;
import io.phonebench.bench.sensitivity.SensitivityFigures;
import io.phonebench.bench.sensitivity.SensitivityRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code phonebench deviations}: the oracle's sensitivity and specificity. Every catalogued firmware deviation runs
 * on its own virtual phone, all in one nightly run; each must be caught by exactly its pinned tests, and every legal
 * variation must pass. Exit 0 when all three figures are perfect, 1 otherwise.
 */
@Command(name = "deviations", mixinStandardHelpOptions = true,
        description = {"Runs the nightly suite on one virtual phone per catalogued firmware deviation and per legal"
                + " variation, and prints: deviations caught by their own tests D/D, unrelated failures U, legal"
                + " variations passed L/L. Progress goes to stderr; docs/deviations.md lists the catalogue."})
final class DeviationsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Option(names = "--whole-suite", description = "Run the whole nightly suite on every deviation's phone, so"
            + " unrelated failures are counted across the suite (the default; kept for scripts that name it).")
    boolean wholeSuite;

    @Option(names = "--pinned-classes", description = "Run on each deviation's phone only the test classes its"
            + " pinned tests belong to: quicker while writing a deviation, but a failure it causes in another class"
            + " goes uncounted.")
    boolean pinnedClasses;

    @Override
    public Integer call() {
        if (wholeSuite && pinnedClasses) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--whole-suite and --pinned-classes name two scopes: give one of them (or neither: whole suite)");
        }
        Path work;
        try {
            work = Files.createTempDirectory("phonebench-deviations");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a working directory for the deviation run", e);
        }
        // The rig session prints each phone's readiness to stdout; stdout is the figure's alone (--json is parsed).
        java.io.PrintStream stdout = System.out;
        SensitivityFigures figures;
        System.setOut(System.err);
        try {
            figures = new SensitivityRun(System.err).run(work, DeviationCatalogue.ENTRIES,
                    SensitivityRun.legalVariations(),
                    pinnedClasses ? SensitivityRun.Scope.PINNED_CLASSES : SensitivityRun.Scope.WHOLE_SUITE);
        } catch (RuntimeException e) {
            keep(work, "the run stopped");
            throw e;
        } finally {
            System.setOut(stdout);
        }
        figures.findings().forEach(spec.commandLine().getErr()::println);
        spec.commandLine().getErr().println("unrelated failures counted over: " + figures.unrelatedScope());
        finish(work, figures);
        spec.commandLine().getOut().println(json ? figures.json() : figures.line());
        spec.commandLine().getOut().flush();
        return figures.perfect() ? ExitCode.OK : ExitCode.FAILED;
    }

    /**
     * A perfect catalogue leaves nothing behind: the working directory (about 23,000 Allure files, 100 MB) goes.
     * Otherwise it stays, and its path is printed, so the findings' evidence can be read.
     */
    void finish(Path work, SensitivityFigures figures) {
        if (!figures.perfect()) {
            keep(work, "findings above");
        } else if (!ScratchDirectory.delete(work)) {
            spec.commandLine().getErr().println("could not remove the run's working directory " + work);
        }
    }

    private void keep(Path work, String why) {
        spec.commandLine().getErr().println("the run's rig and Allure results are kept in " + work + " (" + why
                + "); a report of one suite run: phonebench report --into DIR " + work.resolve("allure-results")
                + "/RUN");
    }
}
