package io.phonebench.bench.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostConditionsTest {
    @Test
    void aQuietMachineLeavesTheFigureUnqualified() {
        assertEquals(Optional.empty(), new HostConditions(0.3, 0.6, 0.05, 2).note());
    }

    /** 96 virtual phones keep both cores busy: the load average climbs on an otherwise idle machine. */
    @Test
    void aLoadWithoutOtherWorkIsSaidToBeNoSharing() {
        String note = new HostConditions(0.36, 2.39, 0.03, 2).note().orElseThrow();

        assertEquals("taken at load 0.36-2.39 per core, above 1.0, but other processes used 0.03 of 2 cores"
                + " meanwhile: the machine was not shared (the load average counts this measurement and lags behind)",
                note);
    }

    /** Another build on the machine competes whatever the load average says. */
    @Test
    void otherProcessesUsingTheCoresMakeTheFigureIncomparable() {
        String note = new HostConditions(0.5, 0.7, 0.9, 2).note().orElseThrow();

        assertEquals("taken at load 0.50-0.70 per core; other processes used 0.90 of 2 cores meanwhile: not comparable"
                + " with a quiet run", note);
    }

    @Test
    void withoutTheOtherProcessesCpuALoadedFigureIsIncomparable() {
        assertEquals(Optional.of("taken at load 1.50-1.20 per core, above 1.0: not comparable with a quiet run"),
                new HostConditions(1.5, 1.2, Double.NaN, 2).note());
        assertEquals(Optional.empty(), new HostConditions(0.5, 0.2, Double.NaN, 2).note());
    }

    @Test
    void otherProcessesCpuIsTheMachinesBusyTimeLessThisJvms() {
        HostConditions.Sample start = new HostConditions.Sample(0, 10_000_000_000L, 1_000_000_000L);
        HostConditions.Sample end = new HostConditions.Sample(2_000_000_000L, 13_000_000_000L, 3_000_000_000L);

        // 3 s of busy CPU in 2 s of wall time, 2 s of it this JVM's: the rest used half a core
        assertEquals(0.5, HostConditions.between(start, 0.1, end, 0.2).otherCoresUsed(), 1e-9);
        HostConditions.Sample unknown = new HostConditions.Sample(2_000_000_000L, -1, 3_000_000_000L);
        assertTrue(Double.isNaN(HostConditions.between(start, 0.1, unknown, 0.2).otherCoresUsed()));
    }

    @Test
    void readsTheMachinesCpuTimeWhereLinuxKeepsIt() {
        HostConditions.Sample first = HostConditions.Sample.now();
        HostConditions.Sample second = HostConditions.Sample.now();

        if (Files.isReadable(Path.of("/proc/stat"))) {
            assertTrue(first.machineBusyNanos() > 0, "busy CPU time since boot from /proc/stat");
            assertTrue(second.machineBusyNanos() >= first.machineBusyNanos(), "the machine's CPU time never goes back");
        } else {
            assertEquals(-1, first.machineBusyNanos(), "no /proc/stat: unknown, not zero");
        }
        assertTrue(second.ownNanos() >= first.ownNanos(), "this JVM's CPU time never goes back");
    }
}
