package io.phonebench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** What a shell user expects of any command line: help everywhere, completion, and exit codes CI can trust. */
class CliConventionsTest {

    @Test
    void everySubcommandAnswersHelpWithExitZero() {
        for (String name : PhoneBenchCommand.commandLine().getSubcommands().keySet()) {
            if (name.equals("help")) {
                continue;
            }
            Cli cli = Cli.run(PhoneBenchCommand.commandLine(), name, "--help");

            assertEquals(ExitCode.OK, cli.exit, name + " --help: " + cli.err);
            assertTrue(cli.out.contains("Usage: phonebench " + name), name + " --help printed: " + cli.out);
            assertFalse(cli.err.contains("Missing required"), cli.err);
        }
    }

    @Test
    void runHelpListsItsRequiredRigOption() {
        Cli cli = Cli.run(PhoneBenchCommand.commandLine(), "run", "--help");

        assertEquals(ExitCode.OK, cli.exit, cli.err);
        assertTrue(cli.out.contains("--rig=FILE") && cli.out.contains("--verbose"), cli.out);
    }

    @Test
    void generateCompletionPrintsABashAndZshScriptForEveryCommand() {
        Cli cli = Cli.run(PhoneBenchCommand.commandLine(), "generate-completion");

        assertEquals(ExitCode.OK, cli.exit, cli.err);
        assertTrue(cli.out.contains("complete -F _complete_phonebench"), cli.out);
        assertTrue(cli.out.contains("certify") && cli.out.contains("--record-baselines"), cli.out);
    }

    @Test
    void benchBugExits70WithOneLineAndTheStackTraceInALogFile() throws Exception {
        CommandLine root = PhoneBenchCommand.commandLine();
        root.addSubcommand(new CommandLine(new Buggy()));

        Cli cli = Cli.run(root, "buggy");

        assertEquals(ExitCode.INTERNAL, cli.exit, cli.err);
        assertEquals(1, cli.err.lines().count(), cli.err);
        assertFalse(cli.err.contains("\tat "), "the console shows no stack trace: " + cli.err);
        Matcher log = Pattern.compile("stack trace in (\\S+\\.log)").matcher(cli.err);
        assertTrue(log.find() && cli.err.contains("Index 3 out of bounds"), cli.err);
        String trace = Files.readString(Path.of(log.group(1)), StandardCharsets.UTF_8);
        Files.delete(Path.of(log.group(1)));
        assertTrue(trace.contains("ArrayIndexOutOfBoundsException") && trace.contains("Buggy.call"), trace);
    }

    @Test
    void verboseIsAcceptedByEverySubcommandAndTurnsOnBenchDebugLogging() {
        String before = System.getProperty(BenchLogging.BENCH_LEVEL);
        try {
            Cli cli = Cli.run(PhoneBenchCommand.commandLine(), "validate", "--verbose", "--help");

            assertEquals(ExitCode.OK, cli.exit, cli.err);
            assertEquals("debug", System.getProperty(BenchLogging.BENCH_LEVEL));
            assertEquals(null, System.getProperty("org.slf4j.simpleLogger.log.org.apache.hc"),
                    "HttpClient's wire log stays at its level");
        } finally {
            if (before == null) {
                System.clearProperty(BenchLogging.BENCH_LEVEL);
            } else {
                System.setProperty(BenchLogging.BENCH_LEVEL, before);
            }
        }
    }

    /** A command with a bug in it, as the bench might have one. */
    @Command(name = "buggy")
    static final class Buggy implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            int[] three = new int[3];
            return three[3];
        }
    }

    private record Cli(int exit, String out, String err) {
        static Cli run(CommandLine cli, String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            return new Cli(cli.execute(args), out.toString(), err.toString());
        }
    }
}
