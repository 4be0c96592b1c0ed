package io.phonebench.emulator.process;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The environment the bench hands to the processes it starts (socat, allure). A child inherits the JVM's
 * environment by default, and with it {@code PHONEBENCH_PASSWORD} and every variable a rig file's {@code ${VAR}}
 * placeholders read: those are secrets, and a child has no use for them ({@code /proc/PID/environ} is readable by
 * the same user, and a crashing child may dump its environment).
 */
public final class ChildEnvironment {
    private static final String BENCH_PREFIX = "PHONEBENCH_";
    private static final Set<String> READ_BY_BENCH = ConcurrentHashMap.newKeySet();

    private ChildEnvironment() {
    }

    /** Notes that the bench read {@code variable} for configuration, so no child process gets it. */
    public static void readByBench(String variable) {
        READ_BY_BENCH.add(variable);
    }

    /**
     * Removes the bench's own variables ({@code PHONEBENCH_*}) and every variable a placeholder read from
     * {@code environment} (a {@link ProcessBuilder#environment()}).
     */
    public static void scrub(Map<String, String> environment) {
        environment.keySet().removeIf(name -> name.startsWith(BENCH_PREFIX) || READ_BY_BENCH.contains(name));
    }
}
