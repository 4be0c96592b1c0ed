package io.phonebench.bench.run;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import io.phonebench.bench.rig.RigConfigurationException;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.phonebench.bench.report.AtomicResultsWriter;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a suite through the JUnit Platform Launcher: discovers the suite's package (the bench's own, or any package of
 * a lab's jar), narrows it to the requested tests and shard, and runs it with Allure writing results as each test finishes.
 */
public final class SuiteRun {
    /** Configuration parameters the bench's JUnit extension reads. */
    public static final String RIG_PARAMETER = "phonebench.rig";
    public static final String PHONES_PARAMETER = "phonebench.phones";
    /** Where real phones' screen baselines live, and whether missing ones are recorded (run's options). */
    public static final String BASELINES_PARAMETER = "phonebench.baselines";
    public static final String RECORD_BASELINES_PARAMETER = "phonebench.recordBaselines";
    /** How long the session waits for phones another bench holds (ISO-8601, run's --lease-wait). */
    public static final String LEASE_WAIT_PARAMETER = "phonebench.leaseWait";
    public static final String SUITES_PACKAGE = "io.phonebench.testcases.";

    private final PrintStream out;

    public SuiteRun(PrintStream out) {
        this.out = out;
    }

    public RunSummary execute(SuiteRequest request, int phonesPerTest) {
        System.setProperty("allure.results.directory", request.results().toAbsolutePath().toString());
        // Allure reads that property once per JVM; a fresh lifecycle sends this run's results to its own directory
        // (the Allure listener picks up the current lifecycle when the launcher creates it, just below).
        AtomicResultsWriter writer = new AtomicResultsWriter(request.results());
        Allure.setLifecycle(new AllureLifecycle(writer));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (SuiteSource source = SuiteSource.of(request.suiteClasspath())) {
            // JUnit loads the classes it discovers through the context class loader: a lab's jars are found there
            thread.setContextClassLoader(source.loader());
            // The result writers are notified by ResultsBeforeProgress, in the order that keeps no result unwritten.
            Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                    .enableTestExecutionListenerAutoRegistration(false).build());
            List<DiscoverySelector> selected = select(launcher, request, source);
            RunSummary summary = new RunSummary();
            if (selected.isEmpty()) {
                out.println("no tests selected (suite " + request.suite() + request.tests().map(t -> ", tests " + t)
                        .orElse("") + ", shard " + request.shard() + ")");
                return summary;
            }
            ResultsBeforeProgress progress = ResultsBeforeProgress.registered(new RunProgress(out, summary,
                    phonesPerTest), e -> summary.resultsLost("allure listener failed: " + e));
            if (request.junitXml().isPresent()) {
                JUnitXmlReport xml = new JUnitXmlReport(request.junitXml().get());
                launcher.execute(discovery(request, selected), progress, xml.listener());
                xml.namePhones().forEach(f -> out.println("junit xml: " + f.toAbsolutePath()));
            } else {
                launcher.execute(discovery(request, selected), progress);
            }
            writer.finish();
            writer.failures().ifPresent(f -> summary.resultsLost(f.line()));
            return summary;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private List<DiscoverySelector> select(Launcher launcher, SuiteRequest request, SuiteSource source) {
        TestPlan plan = launcher.discover(discovery(request, source.suite(request.suite())));
        Map<String, List<String>> methodsByClass = new TreeMap<>();
        collect(plan, plan.getRoots(), methodsByClass);
        methodsByClass.keySet().removeIf(c -> !source.inSuite(c, request.suite()));
        if (methodsByClass.isEmpty()) {
            throw new RigConfigurationException("--suite " + request.suite() + ": no such suite (known: "
                    + String.join(", ", knownSuites(launcher, request, source)) + ")");
        }
        Pattern glob = request.tests().map(SuiteRun::globToRegex).orElse(null);
        List<DiscoverySelector> selectors = new ArrayList<>();
        boolean anyMatch = false;
        int position = 0;
        for (Map.Entry<String, List<String>> entry : methodsByClass.entrySet()) {
            String className = entry.getKey();
            String simple = className.substring(className.lastIndexOf('.') + 1);
            List<DiscoverySelector> ofClass = new ArrayList<>();
            if (glob == null || glob.matcher(simple).matches()) {
                ofClass.add(selectClass(className));
            } else {
                for (String method : new TreeSet<>(entry.getValue())) {
                    if (glob.matcher(method).matches() || glob.matcher(simple + "." + method).matches()) {
                        ofClass.add(selectMethod(className + "#" + method + parametersOf(plan, className, method)));
                    }
                }
            }
            anyMatch |= !ofClass.isEmpty();
            if (request.shard().takes(position++)) {
                selectors.addAll(ofClass);
            }
        }
        // A typo in --tests must not turn into a green run that tested nothing; an empty shard slice is fine.
        if (!anyMatch) {
            throw new RigConfigurationException("--tests " + request.tests().orElse("") + ": matches no test of suite "
                    + request.suite() + " (a glob on Class, method or Class.method, e.g. ScreenshotTest or "
                    + "Cookie*.*Session*; known classes: " + String.join(", ", methodsByClass.keySet().stream()
                    .map(c -> c.substring(c.lastIndexOf('.') + 1)).toList()) + ")");
        }
        return selectors;
    }

    private static String parametersOf(TestPlan plan, String className, String method) {
        return plan.getRoots().stream()
                .flatMap(root -> plan.getDescendants(root).stream())
                .map(TestIdentifier::getSource).flatMap(java.util.Optional::stream)
                .filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .filter(m -> m.getClassName().equals(className) && m.getMethodName().equals(method))
                .map(m -> "(" + m.getMethodParameterTypes() + ")").findFirst().orElse("");
    }

    private static void collect(TestPlan plan, Iterable<TestIdentifier> ids, Map<String, List<String>> into) {
        for (TestIdentifier id : ids) {
            id.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast).ifPresent(m ->
                    into.computeIfAbsent(m.getClassName(), c -> new ArrayList<>()).add(m.getMethodName()));
            collect(plan, plan.getChildren(id), into);
        }
    }

    private List<String> knownSuites(Launcher launcher, SuiteRequest request, SuiteSource source) {
        TestPlan all = launcher.discover(discovery(request, source.everything()));
        Map<String, List<String>> classes = new HashMap<>();
        collect(all, all.getRoots(), classes);
        return source.suiteNames(classes.keySet());
    }

    private static LauncherDiscoveryRequest discovery(SuiteRequest request, List<DiscoverySelector> selectors) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .configurationParameter(RIG_PARAMETER, request.rig().toAbsolutePath().toString())
                .configurationParameter(PHONES_PARAMETER, String.join(",", request.phones()))
                .configurationParameters(request.settings())
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                .configurationParameter("junit.jupiter.execution.timeout.default", "5 m")
                .build();
    }

    static Pattern globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
