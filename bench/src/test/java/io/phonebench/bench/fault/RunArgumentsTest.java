package io.phonebench.bench.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.cli.ExitCode;
import io.phonebench.bench.cli.PhoneBenchCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Invalid arguments to {@code phonebench run} exit 64 with a message that says what to write, and no stack trace;
 * none of them opens the rig (no phone is started, no lease taken).
 */
class RunArgumentsTest {

    @Test
    void runWithoutRigExits64NamingTheOption() {
        Cli cli = Cli.run("run", "--suite", "nightly");

        assertEquals(ExitCode.USAGE, cli.exit, cli.err);
        assertTrue(cli.err.contains("--rig"), cli.err);
    }

    @Test
    void shardBeyondItsCountExits64WithAnExample(@TempDir Path dir) throws Exception {
        Cli cli = Cli.run("run", "--rig", rig(dir).toString(), "--shard", "3/2", "--results",
                dir.resolve("results").toString());

        assertEquals(ExitCode.USAGE, cli.exit, cli.err);
        assertTrue(cli.err.contains("--shard 3/2") && cli.err.contains("1 <= i <= n"), cli.err);
    }

    @Test
    void shardThatIsNotTwoNumbersExits64(@TempDir Path dir) throws Exception {
        Cli cli = Cli.run("run", "--rig", rig(dir).toString(), "--shard", "two/four", "--results",
                dir.resolve("results").toString());

        assertEquals(ExitCode.USAGE, cli.exit, cli.err);
        assertTrue(cli.err.contains("--shard two/four"), cli.err);
    }

    @Test
    void unknownSuiteExits64ListingTheKnownOnesAndLeavesThePreviousResults(@TempDir Path dir) throws Exception {
        Path previous = previousResult(dir.resolve("results"));

        Cli cli = Cli.run("run", "--rig", rig(dir).toString(), "--suite", "nightlly", "--results",
                dir.resolve("results").toString());

        assertEquals(ExitCode.USAGE, cli.exit, cli.err);
        // In the bench module's tests the only suite on the class path is the fault fixture.
        assertTrue(cli.err.contains("--suite nightlly: no such suite") && cli.err.contains("faultfixture"), cli.err);
        assertTrue(Files.exists(previous), "a mistyped suite removed the previous run's results");
    }

    @Test
    void testsFilterMatchingNothingExits64InsteadOfAGreenRunAndLeavesThePreviousResults(@TempDir Path dir)
            throws Exception {
        Path previous = previousResult(dir.resolve("results"));

        Cli cli = Cli.run("run", "--rig", rig(dir).toString(), "--suite", "faultfixture", "--tests", "NoSuchTest",
                "--results", dir.resolve("results").toString());

        assertEquals(ExitCode.USAGE, cli.exit, cli.err);
        assertTrue(cli.err.contains("--tests NoSuchTest: matches no test of suite faultfixture")
                && cli.err.contains("ResetScenario"), cli.err);
        assertTrue(Files.exists(previous), "a glob that matches nothing removed the previous run's results");
    }

    @Test
    void aMistakeInTheSelectionWritesNothing(@TempDir Path dir) throws Exception {
        Cli cli = Cli.run("run", "--rig", rig(dir).toString(), "--suite", "nightlly", "--results",
                dir.resolve("results").toString());

        assertEquals(ExitCode.USAGE, cli.exit, cli.err);
        assertFalse(Files.exists(dir.resolve("results")), "a refused run made its results directory");
    }

    @Test
    void resultsThatNameAFileExit64NamingIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");

        for (Path results : new Path[] {file, file.resolve("allure-results")}) {
            Cli cli = Cli.run("run", "--rig", rig(dir).toString(), "--suite", "faultfixture", "--results",
                    results.toString());

            assertEquals(ExitCode.USAGE, cli.exit, cli.err);
            assertTrue(cli.err.contains("results directory " + results + ": " + file + " is a file"), cli.err);
        }
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void aJUnitXmlDirectoryThatIsAFileExits64BeforeTheResultsAreTouched(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("junit.xml"), "mine");
        Path previous = previousResult(dir.resolve("results"));

        Cli cli = Cli.run("run", "--rig", rig(dir).toString(), "--suite", "faultfixture", "--results",
                dir.resolve("results").toString(), "--junit-xml", file.toString());

        assertEquals(ExitCode.USAGE, cli.exit, cli.err);
        assertTrue(cli.err.contains("--junit-xml directory " + file + ": " + file + " is a file"), cli.err);
        assertTrue(Files.exists(previous), "the previous run's results were removed before the mistake was seen");
    }

    @Test
    void aBaselinesDirectoryThatIsAFileExits64(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("baselines.png"), "mine");

        Cli cli = Cli.run("run", "--rig", rig(dir).toString(), "--suite", "faultfixture", "--results",
                dir.resolve("results").toString(), "--baselines", file.toString());

        assertEquals(ExitCode.USAGE, cli.exit, cli.err);
        assertTrue(cli.err.contains("--baselines directory " + file + ": " + file + " is a file"), cli.err);
    }

    @Test
    void aSuiteJarThatIsMissingOrNotAJarExits64SayingWhich(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("suite.txt"), "mine");

        Cli missing = Cli.run("run", "--rig", rig(dir).toString(), "--suite-jar", dir.resolve("lab.jar").toString(),
                "--results", dir.resolve("results").toString());
        Cli notAJar = Cli.run("run", "--rig", rig(dir).toString(), "--suite-jar", notes.toString(), "--results",
                dir.resolve("results").toString());

        assertEquals(ExitCode.USAGE, missing.exit, missing.err);
        assertTrue(missing.err.contains("lab.jar: no such jar or class folder"), missing.err);
        assertEquals(ExitCode.USAGE, notAJar.exit, notAJar.err);
        assertTrue(notAJar.err.contains("suite.txt: not a .jar file or a class folder"), notAJar.err);
    }

    /** A result of an earlier run, as Allure names them. */
    private static Path previousResult(Path results) throws Exception {
        Files.createDirectories(results);
        return Files.writeString(results.resolve("0b6b1c3e-5a4c-4c0e-9d8f-0c1d2e3f4a5b-result.json"), "{}");
    }

    @Test
    void missingRigFileExits64NamingIt(@TempDir Path dir) {
        Cli cli = Cli.run("run", "--rig", dir.resolve("nope.yaml").toString());

        assertEquals(ExitCode.USAGE, cli.exit, cli.err);
        assertTrue(cli.err.contains("nope.yaml"), cli.err);
    }

    @Test
    void unknownOptionExits64() {
        Cli cli = Cli.run("run", "--rig", "rigs/virtual.yaml", "--shards", "1/2");

        assertEquals(ExitCode.USAGE, cli.exit, cli.err);
        assertTrue(cli.err.contains("--shards"), cli.err);
    }

    private static Path rig(Path dir) throws Exception {
        return Files.writeString(dir.resolve("args.yaml"), """
                name: args
                credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                serviceHost: { bind: 127.0.0.1, port: 0 }
                phones:
                  - { name: args-7970, model: CP-7970G, address: 127.0.12.1, emulated: { profile: faithful } }
                """);
    }

    /** One CLI invocation with its exit code and error output. */
    private record Cli(int exit, String err) {
        static Cli run(String... args) {
            StringWriter err = new StringWriter();
            CommandLine cli = PhoneBenchCommand.commandLine();
            cli.setErr(new PrintWriter(err, true));
            int exit;
            try (SurefireAllure restored = new SurefireAllure()) {
                exit = cli.execute(args);
            }
            assertFalse(err.toString().contains("\tat "), "a user mistake never shows a stack trace: " + err);
            return new Cli(exit, err.toString());
        }
    }
}
