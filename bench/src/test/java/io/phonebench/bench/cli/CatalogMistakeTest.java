package io.phonebench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.phonebench.emulator.catalog.PhoneCatalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A mistake in a model catalog is a configuration error: exit 64 with FILE:LINE, the model and the field, never a
 * stack trace with exit 1. Labs cannot point the bench at a catalog of their own yet, so the broken catalog is
 * loaded by a command added for the test, through the CLI's real error handling.
 */
class CatalogMistakeTest {
    private static final String BROKEN = """
            models:
              - name: CP-7960G
                generation: CLASSIC_OLD
                softkey: 4
            """;

    @Command(name = "load-catalog")
    static final class LoadCatalog implements Callable<Integer> {
        @Override
        public Integer call() {
            PhoneCatalog.load("lab-models.yaml", BROKEN.getBytes(StandardCharsets.UTF_8));
            return ExitCode.OK;
        }
    }

    @Test
    void brokenCatalogIsExitSixtyFourWithFileLineAndNearestField() {
        CommandLine cli = PhoneBenchCommand.commandLine().addSubcommand(new LoadCatalog());
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute("load-catalog");

        assertEquals(ExitCode.USAGE, exit);
        assertEquals("lab-models.yaml:4: model CP-7960G: unknown field 'softkey': did you mean 'softkeys'?",
                err.toString().strip());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }
}
