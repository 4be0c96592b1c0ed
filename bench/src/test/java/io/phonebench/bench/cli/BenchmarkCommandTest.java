package io.phonebench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code phonebench benchmark --quick --json} end to end: every figure is there and is a finite positive number. */
class BenchmarkCommandTest {
    private static final List<String> FIGURES = List.of("push_overhead_ratio", "parallel_ratio_8",
            "parallel_ratio_24", "virtual_phones_per_jvm", "heap_mb_per_phone", "screen_compare_ms_800x480",
            "screen_compare_ratio", "relay_roundtrip_ratio", "rtp_receiver_pps");

    @Test
    void quickRunPrintsEveryFigureAsAFinitePositiveNumber() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = PhoneBenchCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute("benchmark", "--quick", "--json");

        assertEquals(ExitCode.OK, exit, "stderr: " + err);
        JsonNode figures = new ObjectMapper().readTree(out.toString());
        assertTrue(figures.isObject(), "expected one JSON object, saw: " + out);
        for (String name : FIGURES) {
            JsonNode value = figures.get(name);
            assertTrue(value != null && value.isNumber(), name + " missing or not a number in: " + out);
            assertTrue(Double.isFinite(value.doubleValue()) && value.doubleValue() > 0,
                    name + " expected finite and positive, saw " + value + "; progress: " + err);
        }
        assertTrue(err.toString().contains("benchmark: push overhead"), "progress goes to stderr: " + err);
    }
}
