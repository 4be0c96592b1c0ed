package io.phonebench.bench.fault;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;

/**
 * A suite run inside the build's own test JVM points Allure at its results directory (a temp dir); this puts the
 * build's Allure lifecycle and results property back afterwards, so later tests don't write into a deleted dir.
 */
final class SurefireAllure implements AutoCloseable {
    private static final String PROPERTY = "allure.results.directory";
    private final AllureLifecycle lifecycle = Allure.getLifecycle();
    private final String directory = System.getProperty(PROPERTY);

    @Override
    public void close() {
        Allure.setLifecycle(lifecycle);
        if (directory == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, directory);
        }
    }
}
