package io.phonebench.bench.cli;

import io.phonebench.bench.rig.RigConfigurationException;
import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.phone.PhoneAnswerException;
import io.phonebench.drivers.phone.PushLimitExceededException;
import io.phonebench.emulator.catalog.CatalogException;
import javax.imageio.ImageIO;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code phonebench} command line: one subcommand per job of the design. */
@Command(name = "phonebench",
        // INHERIT gives every subcommand --help and --version, so "run --help" never trips over a required option.
        scope = CommandLine.ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = PhoneBenchCommand.Version.class,
        description = "Hardware-in-the-loop test bench for Cisco IP phones.",
        subcommands = {
                RunCommand.class,
                CertifyCommand.class,
                EmulateCommand.class,
                ValidateCommand.class,
                PushCommand.class,
                ScreenshotCommand.class,
                InfoCommand.class,
                CaptureCommand.class,
                StatsCommand.class,
                PowerCommand.class,
                ConsoleCommand.class,
                CheckCommand.class,
                BenchmarkCommand.class,
                MergeResultsCommand.class,
                ReportCommand.class,
                LeasesCommand.class,
                DeviationsCommand.class,
                CommandLine.HelpCommand.class,
                AutoComplete.GenerateCompletion.class,
        },
        footer = {"", "Exit codes: 0 all passed, 1 product failures, 2 infrastructure broken, 64 usage or configuration"
                + " error, 70 internal error (a bench bug; its stack trace goes to a log file whose path is printed)."})
public final class PhoneBenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "debug logging of the bench (steps, phone states, leases), not HTTP wire logs")
    void verbose(boolean on) {
        if (on) {
            BenchLogging.verbose();
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        ImageIO.setUseCache(false); // images are decoded and encoded in memory; the disk cache only slows them
        System.exit(execute(args));
    }

    /** Runs the CLI and returns its exit code; tests call this instead of {@link #main}. */
    public static int execute(String... args) {
        CommandLine cli = commandLine();
        try {
            return cli.execute(args);
        } catch (RuntimeException | Error e) {
            // picocli hands only Exceptions to the handler; an Error escaping a command is a bench bug all the same.
            return internalError(e, cli);
        }
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new PhoneBenchCommand());
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("phonebench: " + e.getMessage());
            failed.getErr().println("Try 'phonebench " + (failed == cli ? "" : failed.getCommandName() + " ") + "--help'.");
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler(PhoneBenchCommand::handle);
        cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        return cli;
    }

    /** User mistakes and infrastructure faults are messages with an exit code, never stack traces. */
    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        if (e instanceof RigConfigurationException) {
            cli.getErr().println(e.getMessage());
            return ExitCode.USAGE;
        }
        if (e instanceof CatalogException) {
            cli.getErr().println(e.getMessage());
            return ExitCode.USAGE;
        }
        if (e instanceof PhoneAnswerException) {
            // The phone answered, but refused or answered nonsense: the phone's doing, as a run would judge it.
            cli.getErr().println("the phone refused: " + e.getMessage());
            return ExitCode.FAILED;
        }
        if (e instanceof PushLimitExceededException) {
            cli.getErr().println(e.getMessage());
            return ExitCode.USAGE;
        }
        if (e instanceof BenchInfrastructureException) {
            cli.getErr().println("infrastructure: " + e.getMessage());
            return ExitCode.BROKEN;
        }
        return internalError(e, cli);
    }

    /**
     * Anything else is a bug of the bench, not of the phone: exit 70 (EX_SOFTWARE), one line on the console, the
     * stack trace in a log file. Exit 1 stays reserved for product failures.
     */
    static int internalError(Throwable e, CommandLine cli) {
        String where;
        try {
            where = InternalErrorLog.write(e).toAbsolutePath().toString();
        } catch (java.io.IOException io) {
            where = "nowhere (cannot write a log file: " + io.getMessage() + ")";
        }
        cli.getErr().println("phonebench: internal error (a bench bug, please report it): " + e.getClass().getName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))
                + "; stack trace in " + where);
        cli.getErr().flush();
        return ExitCode.INTERNAL;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = PhoneBenchCommand.class.getPackage().getImplementationVersion();
            return new String[] {"phonebench " + (v == null ? "development build" : v)};
        }
    }
}
