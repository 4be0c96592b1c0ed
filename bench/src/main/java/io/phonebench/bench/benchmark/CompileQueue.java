package io.phonebench.bench.benchmark;

import java.lang.management.ManagementFactory;
import java.util.OptionalInt;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The JIT's backlog: compilations queued or running now, as HotSpot's {@code Compiler.queue} diagnostic command
 * (what {@code jcmd PID Compiler.queue} prints) lists them. The JIT's compile time alone cannot tell a settled JIT
 * from a starved one: with hundreds of runnable threads on two cores, the compiler threads got so little CPU that a
 * window completed almost no compilation while thousands waited, and the backlog then ran for seconds in the
 * measured step.
 */
final class CompileQueue {
    private static final String COMMAND = "com.sun.management:type=DiagnosticCommand";

    private CompileQueue() {
    }

    /** Compilations queued or in progress; empty where the JVM offers no such command. */
    static OptionalInt pending() {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            Object listing = server.invoke(new ObjectName(COMMAND), "compilerQueue", new Object[] {null},
                    new String[] {String[].class.getName()});
            return listing instanceof String text ? OptionalInt.of(count(text)) : OptionalInt.empty();
        } catch (JMException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * Counts the task lines of a listing: "Current compiles:" and then one block per compiler ("C2 compile queue:"),
     * each line under them a task, or "Empty".
     */
    static int count(String listing) {
        int tasks = 0;
        for (String line : listing.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.endsWith(":") && !l.equals("Empty")) {
                tasks++;
            }
        }
        return tasks;
    }
}
