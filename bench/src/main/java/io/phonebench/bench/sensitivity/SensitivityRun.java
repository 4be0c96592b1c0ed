package io.phonebench.bench.sensitivity;

import io.phonebench.bench.verdict.Outcome;
import io.phonebench.bench.run.RunSummary;
import io.phonebench.bench.run.Shard;
import io.phonebench.bench.run.SuiteRequest;
import io.phonebench.bench.run.SuiteRun;
import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.emulator.virtual.FirmwareProfile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs nightly tests on a generated virtual rig with one phone per catalogued deviation and one per legal variation,
 * through the same path as {@code phonebench run}, and scores them: a deviation is caught when each of its pinned
 * tests failed with its evidence; any other failed or broken result on its phone (the whole nightly suite runs there,
 * or with {@link Scope#PINNED_CLASSES} every test of the classes its pins belong to) is an unrelated failure; a legal
 * variation passes when the whole nightly suite passes on its phone.
 */
public final class SensitivityRun {
    /**
     * The model each legal variation runs on: one where a judge stricter than the SDK would trip on it (a grey
     * display header spelled compactly from a CP-7941G, Accept-Language en_US from a CP-8861, text/xml without a
     * charset from a CP-7940G), across both charset generations and both screenshot formats. The variations rig
     * (rigs/virtual-variations.yaml) pairs them the same way, which RigFilesInRepositoryTest holds it to.
     */
    private static final Map<String, String> VARIATION_MODELS = Map.of(
            "reversed-execute-order", "CP-7970G",
            "compact-headers", "CP-7941G",
            "bare-language-tag", "CP-7960G",
            "locale-language-tag", "CP-8861",
            "unversioned-accept", "CP-7961G",
            "other-charset-weight", "CP-7945G",
            "other-error-texts", "CP-7965G",
            "text-xml-without-charset", "CP-7940G");
    private static final String SUITE = "nightly";

    private final PrintStream progress;

    public SensitivityRun(PrintStream progress) {
        this.progress = progress;
    }

    /** Which tests a deviation's phone runs, so which failures beside its pins are counted as unrelated. */
    public enum Scope {
        /**
         * Every test of the classes its pinned tests belong to ({@code phonebench deviations --pinned-classes}): quick
         * while writing a deviation, but blind to state a deviation leaves for tests of other classes.
         */
        PINNED_CLASSES("pinned test classes"),
        /**
         * The whole nightly suite on every deviation phone: the figure ({@code phonebench deviations} and
         * {@code DeviationCatalogueTest}), since a deviation that fails a test of another class is a suite defect.
         */
        WHOLE_SUITE("whole nightly suite");

        private final String description;

        Scope(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** One suite run of the plan: the phones it runs on, and the test class it is limited to (empty: all). */
    record PlannedRun(String label, List<String> phones, Optional<String> tests) {
    }

    public SensitivityFigures run(Path workDir, List<CataloguedDeviation> deviations, List<String> variations) {
        return run(workDir, deviations, variations, Scope.WHOLE_SUITE);
    }

    public SensitivityFigures run(Path workDir, List<CataloguedDeviation> deviations, List<String> variations,
            Scope scope) {
        Path rig = workDir.resolve("deviations.yaml");
        try {
            Files.createDirectories(workDir);
            Files.writeString(rig, rigYaml(deviations, variations), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BenchInfrastructureException("cannot write the deviation rig " + rig + ": " + e.getMessage(), e);
        }
        List<RunSummary.Result> results = new ArrayList<>();
        for (PlannedRun run : plan(deviations, variations, scope)) {
            results.addAll(suite(rig, workDir, run.phones(), run.tests(), run.label()).results());
        }
        return score(results, deviations, variations).scoped(scope.description());
    }

    /**
     * The suite runs that score the catalogue. Pinned classes: one run per test class, on the phones whose deviations
     * that class must catch, so each deviation meets all the tests of its classes (a failure beside its pins is
     * seen) and no deviation phone runs the whole suite; the legal-variation phones run the whole suite. Whole suite:
     * one run of the whole nightly suite on every phone of the rig.
     */
    static List<PlannedRun> plan(List<CataloguedDeviation> deviations, List<String> variations, Scope scope) {
        List<String> variationPhones = variations.stream().map(SensitivityRun::variationPhone).toList();
        if (scope == Scope.WHOLE_SUITE) {
            List<String> all = new ArrayList<>(deviations.stream().map(CataloguedDeviation::phoneName).toList());
            all.addAll(variationPhones);
            return List.of(new PlannedRun("whole-suite", all, Optional.empty()));
        }
        Map<String, Set<String>> phonesByClass = new TreeMap<>();
        for (CataloguedDeviation d : deviations) {
            d.tests().forEach(t -> phonesByClass.computeIfAbsent(testClass(t), c -> new TreeSet<>())
                    .add(d.phoneName()));
        }
        List<PlannedRun> runs = new ArrayList<>();
        phonesByClass.forEach((testClass, phones) -> runs.add(new PlannedRun(testClass, List.copyOf(phones),
                Optional.of(testClass))));
        if (!variationPhones.isEmpty()) {
            runs.add(new PlannedRun("legal-variations", variationPhones, Optional.empty()));
        }
        return runs;
    }

    private RunSummary suite(Path rig, Path workDir, List<String> phones, Optional<String> tests, String label) {
        return new SuiteRun(progress).execute(new SuiteRequest(rig, SUITE, phones, tests,
                workDir.resolve("allure-results").resolve(label), Shard.ALL), Math.min(phones.size(), phonesAtOnce()));
    }

    /**
     * Every phone of this rig is virtual, so all of them at once would put one host's CPU behind 44 phones: their
     * answers then lag by more than the host-noise probe sees (700 ms at 44, measured on 2 cores), and the Refresh
     * timing judges would blame the phones. Four per core keeps the run CPU-bound without that lag.
     */
    static int phonesAtOnce() {
        return 4 * Runtime.getRuntime().availableProcessors();
    }

    private static String testClass(String test) {
        return test.substring(0, test.indexOf('.'));
    }

    static SensitivityFigures score(List<RunSummary.Result> all, List<CataloguedDeviation> deviations,
            List<String> variations) {
        Map<String, List<RunSummary.Result>> byPhone = all.stream()
                .collect(Collectors.groupingBy(RunSummary.Result::phone));
        List<String> findings = new ArrayList<>();
        int caught = 0;
        int unrelated = 0;
        for (CataloguedDeviation d : deviations) {
            List<RunSummary.Result> results = byPhone.getOrDefault(d.phoneName(), List.of());
            boolean everyPin = true;
            for (String test : d.tests()) {
                Optional<RunSummary.Result> r = results.stream().filter(x -> x.test().equals(test)).findFirst();
                if (r.isEmpty() || r.get().outcome() != Outcome.FAILED
                        || !d.evidence().matcher(r.get().message()).find()) {
                    everyPin = false;
                    findings.add("missed " + d.phoneName() + ": " + test + " " + r.map(x -> x.outcome() + ": "
                            + x.message()).orElse("did not run") + " (expected FAILED with /" + d.evidence() + "/)");
                }
            }
            for (RunSummary.Result r : results) {
                if (!d.tests().contains(r.test()) && bad(r)) {
                    unrelated++;
                    findings.add("unrelated " + d.phoneName() + ": " + r.outcome() + " " + r.test() + ": "
                            + r.message());
                }
            }
            caught += everyPin ? 1 : 0;
        }
        int passed = 0;
        for (String v : variations) {
            List<RunSummary.Result> bad = byPhone.getOrDefault(variationPhone(v), List.of()).stream()
                    .filter(SensitivityRun::bad).toList();
            bad.forEach(r -> findings.add("variation " + v + ": " + r.outcome() + " " + r.test() + ": " + r.message()));
            passed += bad.isEmpty() ? 1 : 0;
        }
        return new SensitivityFigures(deviations.size(), caught, unrelated, variations.size(), passed, findings);
    }

    /** FAILED, or BROKEN for a reason other than a host too busy to measure (which says nothing of the phone). */
    private static boolean bad(RunSummary.Result r) {
        return r.outcome() == Outcome.FAILED || r.outcome() == Outcome.BROKEN && !r.inconclusive();
    }

    static String variationPhone(String profile) {
        return "legal-" + profile;
    }

    /** Channels of one simulated relay board of the generated rig (Numato boards have up to 32). */
    static final int CHANNELS_PER_BOARD = 32;

    /**
     * One virtual phone per deviation (127.0.4.x) and per variation (127.0.5.x), each with a simulated console and
     * power through a simulated relay board, as a lab wires its phones: the per-test reset power cycles a phone that
     * kept state it could not clear (a Status object its firmware does not let Init:AppStatus clear).
     */
    static String rigYaml(List<CataloguedDeviation> deviations, List<String> variations) {
        StringBuilder y = new StringBuilder();
        y.append("# generated by phonebench deviations: one phone per catalogued deviation and legal variation\n")
                .append("name: deviations\n")
                .append("credentials: { user: bench, password: \"${PHONEBENCH_PASSWORD:-bench}\" }\n")
                .append("serviceHost:\n  bind: 127.0.0.1\n  port: 0\n")
                .append("  aliases: [127.0.0.2, 127.0.0.3, 127.0.0.4, 127.0.0.5, 127.0.0.6, 127.0.0.7, 127.0.0.8,"
                        + " 127.0.0.9]\n");
        int phones = deviations.size() + variations.size();
        y.append("power:\n");
        for (int b = 0; b * CHANNELS_PER_BOARD < phones; b++) {
            y.append("  board").append(b + 1).append(": { type: simulated-numato, channels: ")
                    .append(Math.min(CHANNELS_PER_BOARD, phones - b * CHANNELS_PER_BOARD)).append(" }\n");
        }
        y.append("phones:\n");
        int i = 0;
        for (CataloguedDeviation d : deviations) {
            phone(y, d.phoneName(), d.model(), "127.0.4." + (i + 1), d.profile(), i);
            i++;
        }
        int j = 0;
        for (String v : variations) {
            phone(y, variationPhone(v), variationModel(v), "127.0.5." + (++j), v, i);
            i++;
        }
        return y.toString();
    }

    private static void phone(StringBuilder y, String name, String model, String address, String profile,
            int index) {
        y.append("  - name: ").append(name).append('\n')
                .append("    model: ").append(model).append('\n')
                .append("    address: ").append(address).append('\n')
                .append("    port: 0\n")
                .append("    emulated: { profile: ").append(profile).append(" }\n")
                .append("    power: { switch: board").append(index / CHANNELS_PER_BOARD + 1).append(", channel: ")
                .append(index % CHANNELS_PER_BOARD + 1).append(" }\n")
                .append("    console: { port: simulated }\n");
    }

    /** The model the legal variation {@code profile} runs on in the catalogue. */
    public static String variationModel(String profile) {
        String model = VARIATION_MODELS.get(profile);
        if (model == null) {
            throw new IllegalArgumentException("legal variation '" + profile + "' has no model to run on: pair it with"
                    + " one in SensitivityRun and in rigs/virtual-variations.yaml");
        }
        return model;
    }

    /** The legal-variation profiles the emulator has. */
    public static List<String> legalVariations() {
        return FirmwareProfile.LEGAL_VARIATIONS;
    }
}
