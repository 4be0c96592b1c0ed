package io.phonebench.bench.run;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import io.phonebench.bench.rig.RigConfigurationException;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.platform.engine.DiscoverySelector;

/**
 * Where a suite's classes come from: the bench's own {@code io.phonebench.testcases.<suite>}, or a lab's jars and
 * class folders ({@code run --suite-jar}), where a suite is every class of a package named {@code <suite>} (the full
 * name, or its last segment: {@code com.example.lab.smoke} is suite {@code smoke}).
 */
final class SuiteSource implements AutoCloseable {
    private final List<Path> classpath;
    private final URLClassLoader loader;

    private SuiteSource(List<Path> classpath, URLClassLoader loader) {
        this.classpath = classpath;
        this.loader = loader;
    }

    static SuiteSource of(List<Path> classpath) {
        if (classpath.isEmpty()) {
            return new SuiteSource(List.of(), null);
        }
        List<URL> urls = new ArrayList<>();
        List<Path> roots = new ArrayList<>();
        for (Path entry : classpath) {
            Path root = entry.toAbsolutePath().normalize();
            if (!Files.isDirectory(root) && !(Files.isRegularFile(root) && root.toString().endsWith(".jar"))) {
                throw new RigConfigurationException("--suite-jar " + entry + ": " + (Files.exists(root)
                        ? "not a .jar file or a class folder" : "no such jar or class folder")
                        + " (build the lab's suite project first, e.g. ./mvnw package)");
            }
            roots.add(root);
            try {
                urls.add(root.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new RigConfigurationException("--suite-jar " + entry + ": not a usable path: " + e.getMessage());
            }
        }
        // the lab's classes see the bench (its @PhoneTest extension, Phone, judges) through the parent loader
        return new SuiteSource(List.copyOf(roots), new URLClassLoader("lab-suites", urls.toArray(URL[]::new),
                SuiteSource.class.getClassLoader()));
    }

    /** The class loader the launcher discovers and runs with (its thread's context loader). */
    ClassLoader loader() {
        return loader != null ? loader : Thread.currentThread().getContextClassLoader();
    }

    List<DiscoverySelector> suite(String suite) {
        return loader == null ? List.of(selectPackage(SuiteRun.SUITES_PACKAGE + suite)) : everything();
    }

    List<DiscoverySelector> everything() {
        return loader == null ? List.of(selectPackage(SuiteRun.SUITES_PACKAGE.substring(0,
                SuiteRun.SUITES_PACKAGE.length() - 1))) : List.copyOf(selectClasspathRoots(Set.copyOf(classpath)));
    }

    boolean inSuite(String className, String suite) {
        return loader == null || packageOf(className).equals(suite) || packageOf(className).endsWith("." + suite);
    }

    List<String> suiteNames(Collection<String> classNames) {
        Set<String> names = new LinkedHashSet<>();
        for (String className : classNames) {
            String pkg = packageOf(className);
            if (loader == null) {
                String rest = className.startsWith(SuiteRun.SUITES_PACKAGE)
                        ? className.substring(SuiteRun.SUITES_PACKAGE.length()) : "";
                if (rest.indexOf('.') > 0) {
                    names.add(rest.substring(0, rest.indexOf('.')));
                }
            } else if (!pkg.isEmpty()) {
                names.add(pkg.substring(pkg.lastIndexOf('.') + 1));
            }
        }
        return names.stream().sorted().toList();
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    @Override
    public void close() {
        if (loader != null) {
            try {
                loader.close();
            } catch (IOException e) {
                // the jar stays open until exit: harmless for a one-shot run
            }
        }
    }
}
