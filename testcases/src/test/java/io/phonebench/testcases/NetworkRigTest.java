package io.phonebench.testcases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A short nightly subset on rigs/virtual-network.yaml through the CLI: consoles behind terminal server twins (raw TCP
 * and RFC 2217) and power through SNMP PDU twins (v2c and v3 authPriv). PowerCycleTest switches each phone's outlet
 * off and on over SNMP and reads the fresh boot from its network console, so both transports carry a real test.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
/* A child JVM's run on addresses no other class of this module uses (127.0.6.x): it goes beside the in-JVM suite runs,
 * in the lane FaultsRigTest also takes. */
@Execution(ExecutionMode.CONCURRENT)
class NetworkRigTest {
    private static final String COMMUNITY = "Net-c0mmunity-77";
    private static final String AUTH = "Net-auth-s3cret-77";

    @Test
    void shortNightlyPassesWithNetworkConsolesAndSnmpPdus(@TempDir Path work) throws Exception {
        Path log = work.resolve("run.log");
        // C1 only, as the launchers start the bench (bin/phonebench)
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "io.phonebench.bench.cli.PhoneBenchCommand",
                "run", "--rig", Rigs.path("virtual-network.yaml").toString(), "--suite", "nightly",
                "--tests", "P*Test", "--results", work.resolve("allure-results").toString())
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PHONEBENCH_SNMP_COMMUNITY", COMMUNITY);
        builder.environment().put("PDU_AUTH_PASSWORD", AUTH);
        Process run = builder.start();
        boolean ended = run.waitFor(200, TimeUnit.SECONDS);
        if (!ended) {
            run.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertTrue(ended, "the run must end by itself within 200 s; output:\n" + output);
        assertEquals(0, run.exitValue(), "every test passes on faithful phones; output:\n" + output);
        for (String phone : new String[] {"net-7970", "net-7941"}) {
            assertTrue(output.lines().anyMatch(l -> l.matches("\\[\\d+/\\d+\\] PASSED\\s+"
                    + "PowerCycleTest\\.comesBackReadyAfterPowerCycle\\s+" + phone + "\\s.*")),
                    "PowerCycleTest passed on " + phone + " (power over SNMP, console over TCP):\n" + output);
        }
        assertFalse(output.contains(COMMUNITY) || output.contains(AUTH), "an SNMP secret leaked:\n" + output);
    }
}
