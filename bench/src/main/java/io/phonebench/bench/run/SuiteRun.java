package io.phonebench.bench.run;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import io.phonebench.bench.lab.RigWorkers;
import io.phonebench.bench.rig.PhoneSpec;
import io.phonebench.bench.rig.Rig;
import io.phonebench.bench.rig.RigConfigurationException;
import io.phonebench.bench.rig.RigFile;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.phonebench.bench.report.AtomicResultsWriter;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
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
    /** The one phone a worker of the run drives; empty: every phone of the session, one after another. */
    public static final String WORKER_PHONE_PARAMETER = "phonebench.workerPhone";
    public static final String SUITES_PACKAGE = "io.phonebench.testcases.";

    /**
     * The stream of the run now executing, for what the rig session its tests open prints (each phone READY or
     * BROKEN): it belongs with the run's own progress. A benchmark's run prints nowhere, so its figures stay the only
     * lines on standard output; tests run outside a SuiteRun (Maven's) print to System.out.
     */
    private static final AtomicReference<PrintStream> NOTICES = new AtomicReference<>();

    private final PrintStream out;

    public SuiteRun(PrintStream out) {
        this.out = out;
    }

    /** Runs the suite on every phone of the request at once. */
    public RunSummary execute(SuiteRequest request) {
        return execute(request, 0);
    }

    /**
     * Runs the suite with one worker per phone, each its own launcher execution on its own thread going through the
     * suite in the same order, so a phone runs one test at a time while the rack's phones run side by side: a
     * nightly on 24 phones takes about as long as on one, and results, steps and attachments stay with the phone
     * whose thread made them (Allure's lifecycle is bound to the thread).
     *
     * @param parallel how many phones run at once; 0 (or more than the phones) is every phone
     */
    public RunSummary execute(SuiteRequest request, int parallel) {
        System.setProperty("allure.results.directory", request.results().toAbsolutePath().toString());
        // Allure reads that property once per JVM; a fresh lifecycle sends this run's results to its own directory
        // (the Allure listeners pick up the current lifecycle when each worker creates them, below).
        AtomicResultsWriter writer = new AtomicResultsWriter(request.results());
        Allure.setLifecycle(new AllureLifecycle(writer));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        PrintStream noticesBefore = NOTICES.getAndSet(out);
        try (SuiteSource source = SuiteSource.of(request.suiteClasspath())) {
            // JUnit loads the classes it discovers through the context class loader: a lab's jars are found there
            thread.setContextClassLoader(source.loader());
            Launcher launcher = launcher();
            List<DiscoverySelector> selected = select(launcher, request, source);
            RunSummary summary = new RunSummary();
            if (selected.isEmpty()) {
                out.println("no tests selected (suite " + request.suite() + request.tests().map(t -> ", tests " + t)
                        .orElse("") + ", shard " + request.shard() + ")");
                return summary;
            }
            List<String> phones = phoneNames(request);
            TestPlan plan = launcher.discover(discovery(request, selected));
            // each phone runs every phone test; a plain test (no phone) runs once, on the first phone's worker
            long templates = plan.countTestIdentifiers(id -> id.isContainer() && id.getSource()
                    .filter(MethodSource.class::isInstance).isPresent());
            long plain = plan.countTestIdentifiers(TestIdentifier::isTest);
            int workers = parallel <= 0 ? phones.size() : Math.min(parallel, phones.size());
            RunProgress.Tally tally = new RunProgress.Tally(out, summary,
                    (int) (plain + templates * Math.max(1, phones.size())));
            out.printf("running %d tests on %d phone(s), %d at a time%n", tally.total(), phones.size(),
                    Math.max(1, workers));
            // one report for the run: it knows which files its workers wrote, and gathers their listeners' errors
            Optional<JUnitXmlReport> junitXml = request.junitXml().map(JUnitXmlReport::new);
            try (RunScope scope = RunScope.open(summary.recoveries())) {
                List<Worker> all = new ArrayList<>();
                if (phones.isEmpty()) {
                    all.add(new Worker(Optional.empty(), true));
                } else {
                    for (int i = 0; i < phones.size(); i++) {
                        all.add(new Worker(Optional.of(phones.get(i)), i == 0));
                    }
                }
                runWorkers(all, Math.max(1, workers), worker -> worker.run(request, selected, scope, source, tally,
                        junitXml));
            }
            junitXml.ifPresent(x -> x.namePhones().forEach(f -> out.println("junit xml: " + f.toAbsolutePath())));
            writer.finish();
            writer.failures().ifPresent(f -> summary.resultsLost(f.line()));
            return summary;
        } finally {
            thread.setContextClassLoader(previous);
            NOTICES.set(noticesBefore);
        }
    }

    /**
     * Discovers what the request selects without running it, so a mistake in it (a suite that does not exist, a
     * {@code --tests} glob that matches nothing, a suite jar that cannot be read) is refused before the caller clears
     * the previous run's results. {@link #execute} discovers again: what it runs is what it finds then.
     */
    public void checkSelection(SuiteRequest request) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (SuiteSource source = SuiteSource.of(request.suiteClasspath())) {
            thread.setContextClassLoader(source.loader());
            select(launcher(), request, source);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * A launcher that registers no listener found on the class path (Allure's would): a run registers its own, in the
     * order that keeps no result unwritten (see ResultsBeforeProgress).
     */
    private static Launcher launcher() {
        return LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false)
                .build());
    }

    /** Where a rig session opened by the bench's JUnit extension prints its notices: see {@link #NOTICES}. */
    public static PrintStream sessionNotices() {
        PrintStream run = NOTICES.get();
        return run != null ? run : System.out;
    }

    /** The request's phones in rig order; the rig file is checked again when the session opens. */
    private static List<String> phoneNames(SuiteRequest request) {
        Rig rig = RigFile.load(request.rig());
        return (request.phones().isEmpty() ? rig.phones() : rig.phones(request.phones())).stream()
                .map(PhoneSpec::name).toList();
    }

    /** Runs every worker, {@code size} at a time, and waits for all (a worker's own failure is rethrown after). */
    private static void runWorkers(List<Worker> workers, int size, java.util.function.Consumer<Worker> body) {
        // not daemons: a worker writes results until its phone is done
        try (RigWorkers pool = new RigWorkers("phone-worker", size, false,
                Thread.currentThread().getContextClassLoader())) {
            pool.forEach(workers, body);
        }
    }

    /** One phone's pass through the suite: its own launcher execution, listeners and JUnit XML directory. */
    private record Worker(Optional<String> phone, boolean runsPlainTests) {
        void run(SuiteRequest request, List<DiscoverySelector> selected, RunScope scope, SuiteSource source,
                 RunProgress.Tally tally, Optional<JUnitXmlReport> junitXml) {
            Thread.currentThread().setName("phone-" + phone.orElse("none"));
            Thread.currentThread().setContextClassLoader(source.loader());
            Launcher launcher = launcher();
            // The result writers are notified by ResultsBeforeProgress, in the order that keeps no result unwritten.
            ResultsBeforeProgress progress = ResultsBeforeProgress.registered(new RunProgress(tally, phone.orElse("-")),
                    e -> tally.summary().resultsLost("allure listener failed: " + e));
            LauncherDiscoveryRequest discovery = builder(request, selected)
                    .configurationParameter(WORKER_PHONE_PARAMETER, phone.orElse(""))
                    .configurationParameter(RunScope.PARAMETER, scope.id())
                    .filters(plainTestsOnlyIf(runsPlainTests))
                    .build();
            if (junitXml.isPresent()) {
                launcher.execute(discovery, progress, junitXml.get().listener(phone));
            } else {
                launcher.execute(discovery, progress);
            }
        }
    }

    /** A test that is not run per phone runs on one worker only. */
    private static PostDiscoveryFilter plainTestsOnlyIf(boolean runsPlainTests) {
        return descriptor -> runsPlainTests || !descriptor.isTest() ? FilterResult.included("runs on this worker")
                : FilterResult.excluded("a test without a phone runs on the first phone's worker");
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
        return builder(request, selectors).build();
    }

    private static LauncherDiscoveryRequestBuilder builder(SuiteRequest request, List<DiscoverySelector> selectors) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .configurationParameter(RIG_PARAMETER, request.rig().toAbsolutePath().toString())
                .configurationParameter(PHONES_PARAMETER, String.join(",", request.phones()))
                .configurationParameters(request.settings())
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                .configurationParameter("junit.jupiter.execution.timeout.default", "5 m");
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
