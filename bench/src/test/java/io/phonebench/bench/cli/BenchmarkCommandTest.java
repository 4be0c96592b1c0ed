package io.phonebench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/** {@code phonebench benchmark --quick --json} end to end: every figure is there and is a finite positive number. */
class BenchmarkCommandTest {
    private static final List<String> FIGURES = List.of("push_overhead_ratio",
            "push_overhead_ratio_cold", "fleet_first_step_p99_ms", "screen_compare_ms_800x480", "screen_compare_ratio", "relay_roundtrip_ratio",
            "rtp_receiver_pps", "rtp_statistics_pps");

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS) // measures for about a minute; much longer on a loaded machine
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
        assertTrue(err.toString().contains("  warm-up: ") && err.toString().contains(" push+screenshot pairs back to"
                + " back on 10 phones"), "the fleet's JIT warm-up says what it did: " + err);
        assertTrue(figures.get("notes").isObject(), "notes qualify figures (cap, load): " + out);
        // zero is a true answer for these: an idle machine, or a fleet whose first step missed its p99 on a loaded one
        for (String zeroOrMore : List.of("machine_load_per_core_start", "machine_load_per_core_end",
                "virtual_phones_per_jvm", "heap_mb_per_phone", "rss_mb_per_phone_busy", "threads_per_phone_busy")) {
            JsonNode value = figures.get(zeroOrMore);
            assertTrue(value != null && value.isNumber() && value.doubleValue() >= 0, zeroOrMore + " in: " + out);
        }
    }

    @Test
    void onlyTakesTheNamedMeasurement() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = PhoneBenchCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute("benchmark", "--quick", "--json", "--only", "rtp_statistics");

        assertEquals(ExitCode.OK, exit, "stderr: " + err);
        JsonNode figures = new ObjectMapper().readTree(out.toString());
        assertTrue(figures.get("rtp_statistics_pps").doubleValue() > 0, out.toString());
        assertTrue(figures.has("machine_load_per_core_start") && figures.has("machine_load_per_core_end"),
                "the load is printed whatever is measured: " + out);
        assertEquals(null, figures.get("push_overhead_ratio"), "push overhead was not asked for: " + out);
        assertEquals(null, figures.get("nightly_scaling_24"), "scaling was not asked for: " + out);
    }

    @Test
    void onlyWithAnUnknownMeasurementIsAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cli = PhoneBenchCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute("benchmark", "--only", "nightly_scalin");

        assertEquals(ExitCode.USAGE, exit, err.toString());
        assertTrue(err.toString().contains("nightly_scalin") && err.toString().contains("nightly_scaling"),
                "names the mistake and the known measurements: " + err);
    }
}
