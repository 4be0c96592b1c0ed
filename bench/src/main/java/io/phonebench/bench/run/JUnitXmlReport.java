package io.phonebench.bench.run;

import io.phonebench.drivers.BenchInfrastructureException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * {@code --junit-xml DIR}: the JUnit Platform's own legacy XML report (the format Jenkins' and GitLab's test widgets
 * read), with one testcase per (test, phone). The platform names a phone's invocation {@code method(Phone)[2]}; once
 * the run is over each such testcase is renamed after the phone it ran on, from the display name the listener
 * recorded beside it, so a CI widget says which phone failed.
 */
public final class JUnitXmlReport {
    /** The listener writes {@code display-name: ...} into each testcase's system-out. */
    private static final Pattern DISPLAY_NAME = Pattern.compile("(?m)^display-name: (?:\\[\\d+\\] )?(.+)$");
    private static final Pattern INVOCATION = Pattern.compile("^(.*)\\[\\d+\\]$");

    private final Path dir;
    private final StringWriter listenerErrors = new StringWriter();
    /** The directory each worker's listener writes into, and its phone. */
    private final Map<Path, Optional<String>> workers = new ConcurrentHashMap<>();

    public JUnitXmlReport(Path dir) {
        this.dir = dir;
    }

    /**
     * The listener of one worker (a phone's, or the run's only one when it drives no phone). Each worker's launcher
     * writes its own {@code TEST-junit-jupiter.xml}, so it writes into a directory of its own, and
     * {@link #namePhones()} moves the file beside the others, named with the phone:
     * {@code TEST-junit-jupiter-desk-7970.xml}.
     */
    TestExecutionListener listener(Optional<String> phone) {
        Path into = dir.resolve(WORKER_DIR_PREFIX + phone.orElse(""));
        try {
            Files.createDirectories(into);
        } catch (IOException e) {
            throw new BenchInfrastructureException("cannot create the --junit-xml directory " + into + ": "
                    + e.getMessage(), e);
        }
        workers.put(into, phone);
        return new LegacyXmlReportGeneratingListener(into, new PrintWriter(listenerErrors, true));
    }

    private static final String WORKER_DIR_PREFIX = ".phonebench-worker-";

    /**
     * Renames phone invocations after their phone in the {@code TEST-*.xml} files this run's workers wrote, and
     * returns those files. Other files in the directory (a previous run's of other phones, another tool's) are left
     * as they are.
     */
    List<Path> namePhones() {
        if (!listenerErrors.toString().isBlank()) {
            throw new BenchInfrastructureException("JUnit XML report in " + dir + " not written: " + listenerErrors);
        }
        List<Path> reports;
        try {
            reports = gatherWorkerFiles();
        } catch (IOException e) {
            throw new BenchInfrastructureException("cannot gather the phones' JUnit XML reports in " + dir + ": "
                    + e.getMessage(), e);
        }
        try {
            for (Path report : reports) {
                rename(report);
            }
            return reports;
        } catch (IOException | ParserConfigurationException | SAXException | TransformerException e) {
            throw new BenchInfrastructureException("cannot name the phones in the JUnit XML report in " + dir + ": "
                    + e.getMessage(), e);
        }
    }

    /** Moves each worker's files beside the others, named with its phone; returns the XML reports among them. */
    private List<Path> gatherWorkerFiles() throws IOException {
        List<Path> reports = new ArrayList<>();
        for (Map.Entry<Path, Optional<String>> worker : new TreeMap<>(workers).entrySet()) {
            try (Stream<Path> files = Files.list(worker.getKey())) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    boolean xml = name.endsWith(".xml");
                    String named = xml ? name.substring(0, name.length() - 4)
                            + worker.getValue().map(p -> "-" + p).orElse("") + ".xml" : name;
                    Path moved = Files.move(file, dir.resolve(named), StandardCopyOption.REPLACE_EXISTING);
                    if (xml && named.startsWith("TEST-")) {
                        reports.add(moved);
                    }
                }
            }
            Files.delete(worker.getKey());
        }
        reports.sort(null);
        return reports;
    }

    private static void rename(Path report) throws IOException, ParserConfigurationException, SAXException,
            TransformerException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // The bench wrote this file itself; entities stay off all the same.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler()); // throws on a fatal error without also printing it to stderr
        Document doc = builder.parse(report.toFile());
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element testcase = (Element) cases.item(i);
            Matcher invocation = INVOCATION.matcher(testcase.getAttribute("name"));
            NodeList out = testcase.getElementsByTagName("system-out");
            if (!invocation.matches() || out.getLength() == 0) {
                continue;
            }
            Matcher display = DISPLAY_NAME.matcher(out.item(0).getTextContent());
            if (display.find()) {
                testcase.setAttribute("name", invocation.group(1) + " " + display.group(1).strip());
            }
        }
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.transform(new DOMSource(doc), new StreamResult(report.toFile()));
    }
}
