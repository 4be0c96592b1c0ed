package io.phonebench.bench.cli;

/**
 * {@code --verbose}: the bench's own loggers ({@code io.phonebench.*}) at debug, everything else (HttpClient's wire
 * log included) left at its level. slf4j-simple reads a logger's level when the logger is created, and the bench's
 * classes create theirs when they load, after the command line is parsed.
 */
final class BenchLogging {
    static final String BENCH_LEVEL = "org.slf4j.simpleLogger.log.io.phonebench";

    private BenchLogging() {
    }

    static void verbose() {
        System.setProperty(BENCH_LEVEL, "debug");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
    }
}
