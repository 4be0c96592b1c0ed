package io.phonebench.bench.junit;

import io.phonebench.bench.lab.RigSession;
import io.phonebench.bench.report.AllureStepListener;
import io.phonebench.bench.screen.BaselineStore;
import io.phonebench.bench.step.Steps;
import io.phonebench.bench.rig.RigConfigurationException;
import io.phonebench.bench.rig.RigFile;
import io.phonebench.bench.run.SuiteRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Which rig and phones a run uses: the launcher's configuration parameters ({@code phonebench.rig},
 * {@code phonebench.phones}), else system properties of the same name, else the default virtual rig found from
 * the working directory upwards (so {@code ./mvnw verify} runs the suites on it).
 */
record SessionSettings(Path rig, List<String> phones, java.util.Optional<Path> baselines, boolean recordBaselines,
                       java.util.Optional<String> leaseWait) {
    static final String DEFAULT_RIG = "rigs/virtual.yaml";

    static SessionSettings from(ExtensionContext context) {
        String rig = context.getConfigurationParameter(SuiteRun.RIG_PARAMETER)
                .or(() -> java.util.Optional.ofNullable(System.getProperty(SuiteRun.RIG_PARAMETER)))
                .filter(s -> !s.isBlank()).orElse(null);
        String phones = context.getConfigurationParameter(SuiteRun.PHONES_PARAMETER)
                .or(() -> java.util.Optional.ofNullable(System.getProperty(SuiteRun.PHONES_PARAMETER))).orElse("");
        List<String> names = Arrays.stream(phones.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        java.util.Optional<Path> baselines = parameter(context, SuiteRun.BASELINES_PARAMETER).map(Path::of);
        boolean record = parameter(context, SuiteRun.RECORD_BASELINES_PARAMETER).map(Boolean::parseBoolean).orElse(false);
        return new SessionSettings(rig == null ? defaultRig() : Path.of(rig), names, baselines, record,
                parameter(context, SuiteRun.LEASE_WAIT_PARAMETER));
    }

    private static java.util.Optional<String> parameter(ExtensionContext context, String name) {
        return context.getConfigurationParameter(name).or(() -> java.util.Optional.ofNullable(System.getProperty(name)))
                .filter(s -> !s.isBlank());
    }

    /** Baselines live beside the rig file by default: {@code rigs/baselines/RIG/MODEL/Test.method.png}. */
    private BaselineStore baselineStore(io.phonebench.bench.rig.Rig loaded) {
        Path dir = baselines.orElseGet(() -> io.phonebench.bench.files.ContainedPath.under(
                rig.toAbsolutePath().resolveSibling("baselines"), "baselines of rig", loaded.name()));
        return new BaselineStore(dir, recordBaselines);
    }

    /**
     * Opens the session, its phones coming up in the background (each test waits for its own phone), and reports its
     * steps to Allure for as long as it is open; recoveries go to {@code recoveries}.
     */
    RigSession open(io.phonebench.bench.phone.RecoveryListener recoveries) {
        Steps.Registration allure = Steps.addListener(new AllureStepListener());
        try {
            io.phonebench.bench.rig.Rig loaded = RigFile.load(rig);
            java.time.Duration wait = leaseWait.map(java.time.Duration::parse).orElse(java.time.Duration.ofMinutes(2));
            RigSession session = RigSession.start(loaded, phones, SuiteRun.sessionNotices(),
                    io.phonebench.bench.lease.LeaseTerms.waiting(wait), recoveries);
            session.closeAlso(allure);
            BaselineStore store = baselineStore(loaded);
            session.phones().forEach(phone -> phone.useBaselines(store));
            return session;
        } catch (RuntimeException e) {
            allure.close();
            throw e;
        }
    }

    private static Path defaultRig() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(DEFAULT_RIG);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new RigConfigurationException("no rig given: pass --rig FILE (or -D" + SuiteRun.RIG_PARAMETER
                + "=FILE); " + DEFAULT_RIG + " was not found above " + Path.of("").toAbsolutePath());
    }
}
