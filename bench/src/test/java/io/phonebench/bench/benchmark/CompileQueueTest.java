package io.phonebench.bench.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CompileQueueTest {
    @Test
    void countsRunningAndQueuedCompilationsOfAListing() {
        String listing = """
                Current compiles:\s
                C2 CompilerThread0  6220   !   4       org.eclipse.jetty.http.HttpURI$Mutable::parse (2792 bytes)

                C1 compile queue:
                Empty

                C2 compile queue:
                 6221       4       org.apache.hc.core5.net.URIBuilder::splitPath (161 bytes)
                 4701       4       java.util.Base64$Decoder::decode0 (419 bytes)

                """;
        assertEquals(3, CompileQueue.count(listing));
    }

    @Test
    void anIdleJitListsNothing() {
        assertEquals(0, CompileQueue.count("Current compiles: \n\nC1 compile queue:\nEmpty\n\nC2 compile queue:\n"
                + "Empty\n\n"));
    }

    @Test
    void theTestJvmListsItsQueue() {
        // HotSpot, the JDK this project builds with, has the command; its count is whatever the JIT is doing now
        OptionalInt pending = CompileQueue.pending();
        assertTrue(pending.isPresent() && pending.getAsInt() >= 0, "expected HotSpot's Compiler.queue, saw "
                + pending);
    }
}
