package io.phonebench.bench.run;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code phonebench run} was asked to do.
 *
 * @param rig      the rig file
 * @param suite    suite name: a package {@code io.phonebench.testcases.<suite>}, or of a lab's jar
 * @param phones   rig phone names to use; empty means all
 * @param tests    glob on {@code Class}, {@code method} or {@code Class.method}; empty means all
 * @param results  the allure-results directory, written as each test finishes
 * @param shard    the slice of the suite this run takes
 * @param junitXml where the JUnit Platform's XML report goes, for CI test widgets; empty means none
 * @param suiteClasspath a lab's suite jars and class folders; empty: the bench's own suites
 * @param settings further launcher configuration parameters for the bench's extension (baselines, lease wait,
 *                 {@link SuiteRun}'s {@code *_PARAMETER} names), passed like the rig rather than as system properties
 */
public record SuiteRequest(Path rig, String suite, List<String> phones, Optional<String> tests, Path results,
                           Shard shard, Optional<Path> junitXml, List<Path> suiteClasspath,
                           Map<String, String> settings) {
    public SuiteRequest {
        phones = List.copyOf(phones);
        suiteClasspath = List.copyOf(suiteClasspath);
        settings = Map.copyOf(settings);
    }

    /** A run without further settings. */
    public SuiteRequest(Path rig, String suite, List<String> phones, Optional<String> tests, Path results,
                        Shard shard, Optional<Path> junitXml, List<Path> suiteClasspath) {
        this(rig, suite, phones, tests, results, shard, junitXml, suiteClasspath, Map.of());
    }

    /** This request with {@code more} settings added (a later value for a name wins). */
    public SuiteRequest withSettings(Map<String, String> more) {
        Map<String, String> all = new HashMap<>(settings);
        all.putAll(more);
        return new SuiteRequest(rig, suite, phones, tests, results, shard, junitXml, suiteClasspath, all);
    }

    /** A run of the bench's own suites, without JUnit XML. */
    public SuiteRequest(Path rig, String suite, List<String> phones, Optional<String> tests, Path results,
                        Shard shard) {
        this(rig, suite, phones, tests, results, shard, Optional.empty(), List.of());
    }

    /** A run of the bench's own suites. */
    public SuiteRequest(Path rig, String suite, List<String> phones, Optional<String> tests, Path results,
                        Shard shard, Optional<Path> junitXml) {
        this(rig, suite, phones, tests, results, shard, junitXml, List.of());
    }

    /** A run of a lab's suites, without JUnit XML. */
    public SuiteRequest(Path rig, String suite, List<String> phones, Optional<String> tests, Path results,
                        Shard shard, List<Path> suiteClasspath) {
        this(rig, suite, phones, tests, results, shard, Optional.empty(), suiteClasspath);
    }
}
