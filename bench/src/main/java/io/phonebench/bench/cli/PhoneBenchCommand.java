package io.phonebench.bench.cli;

import io.phonebench.bench.rig.RigConfigurationException;
import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.phone.PhoneAnswerException;
import io.phonebench.drivers.phone.PushLimitExceededException;
import io.phonebench.emulator.catalog.CatalogException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code phonebench} command line: one subcommand per job of the design. */
@Command(name = "phonebench",
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
                StatsCommand.class,
                PowerCommand.class,
                ConsoleCommand.class,
                CheckCommand.class,
                BenchmarkCommand.class,
                CommandLine.HelpCommand.class,
        },
        footer = {"", "Exit codes: 0 all passed, 1 product failures, 2 infrastructure broken, 64 usage or configuration error."})
public final class PhoneBenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI and returns its exit code; tests call this instead of {@link #main}. */
    public static int execute(String... args) {
        return commandLine().execute(args);
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
        throw new IllegalStateException(e.getMessage(), e);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = PhoneBenchCommand.class.getPackage().getImplementationVersion();
            return new String[] {"phonebench " + (v == null ? "development build" : v)};
        }
    }
}
