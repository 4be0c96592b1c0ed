package io.phonebench.bench.fault;

import io.phonebench.bench.verdict.Outcome;
import io.phonebench.bench.run.RunSummary;
import io.phonebench.bench.run.Shard;
import io.phonebench.bench.run.SuiteRequest;
import io.phonebench.bench.run.SuiteRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One run of a fault fixture scenario ({@code io.phonebench.testcases.faultfixture}) through the real JUnit path
 * on a two-phone virtual rig: {@code faulty-7970} gets the fault, {@code well-7960} shows the run goes on.
 */
record FaultRun(RunSummary summary, String output, long millis) {
    /** Longest silence the bench's phone client waits for (PhoneClientSettings.defaults()). */
    static final long RESPONSE_TIMEOUT_MILLIS = 5_000;

    static FaultRun of(Path dir, String scenario, String faultyProfile, int subnet) throws IOException {
        return of(dir, scenario, faultyProfile, subnet, dir.resolve("results"), text -> { });
    }

    /** As {@link #of(Path, String, String, int)}, with Allure results in {@code results}, and each line seen. */
    static FaultRun of(Path dir, String scenario, String faultyProfile, int subnet, Path results,
                       java.util.function.Consumer<String> lines) throws IOException {
        Path rig = dir.resolve(scenario + ".yaml");
        Files.writeString(rig, """
                name: fault-%s
                credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                serviceHost: { bind: 127.0.0.1, port: 0 }
                power:
                  board1: { type: simulated-lcus, channels: 4 }
                phones:
                  - { name: faulty-7970, model: CP-7970G, address: 127.0.%d.1, port: 0, emulated: { profile: %s }, power: { switch: board1, channel: 1 } }
                  - { name: well-7960, model: CP-7960G, address: 127.0.%d.2, port: 0, emulated: { profile: faithful }, power: { switch: board1, channel: 2 } }
                """.formatted(scenario, subnet, faultyProfile, subnet));
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] b, int off, int len) {
                super.write(b, off, len);
                lines.accept(new String(b, off, len, StandardCharsets.UTF_8));
            }
        };
        long start = System.nanoTime();
        RunSummary summary;
        try (SurefireAllure restored = new SurefireAllure()) {
            summary = new SuiteRun(new PrintStream(out, true, StandardCharsets.UTF_8)).execute(
                    new SuiteRequest(rig, "faultfixture", List.of(), Optional.of(scenario), results, Shard.ALL), 2);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new FaultRun(summary, out.toString(StandardCharsets.UTF_8), millis);
    }

    /** The one result of this method on this phone. */
    RunSummary.Result result(String method, String phone) {
        List<RunSummary.Result> found = summary.results().stream()
                .filter(r -> r.test().endsWith("." + method) && r.phone().equals(phone)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one result of " + method + " on " + phone + ", saw " + found
                    + "; run output:\n" + output);
        }
        return found.get(0);
    }

    Outcome outcome(String method, String phone) {
        return result(method, phone).outcome();
    }
}
