package io.phonebench.bench.run;

import io.phonebench.drivers.BenchInfrastructureException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
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

    public JUnitXmlReport(Path dir) {
        this.dir = dir;
    }

    /**
     * The listener of one phone's worker. Each worker's launcher writes its own {@code TEST-junit-jupiter.xml}, so
     * it writes into a directory of its own, and {@link #namePhones()} moves the file beside the others, named with
     * the phone: {@code TEST-junit-jupiter-desk-7970.xml}.
     */
    TestExecutionListener listener(java.util.Optional<String> phone) {
        Path into = phone.map(p -> dir.resolve(WORKER_DIR_PREFIX + p)).orElse(dir);
        try {
            Files.createDirectories(into);
        } catch (IOException e) {
            throw new BenchInfrastructureException("cannot create the --junit-xml directory " + into + ": "
                    + e.getMessage(), e);
        }
        return new LegacyXmlReportGeneratingListener(into, new PrintWriter(listenerErrors, true));
    }

    private static final String WORKER_DIR_PREFIX = ".phone-";

    /** Renames phone invocations after their phone in every {@code TEST-*.xml}; returns the files. */
    List<Path> namePhones() {
        if (!listenerErrors.toString().isBlank()) {
            throw new BenchInfrastructureException("JUnit XML report in " + dir + " not written: " + listenerErrors);
        }
        try {
            gatherWorkerFiles();
        } catch (IOException e) {
            throw new BenchInfrastructureException("cannot gather the phones' JUnit XML reports in " + dir + ": "
                    + e.getMessage(), e);
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> reports = files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).sorted()
                    .toList();
            for (Path report : reports) {
                rename(report);
            }
            return reports;
        } catch (IOException | ParserConfigurationException | SAXException | TransformerException e) {
            throw new BenchInfrastructureException("cannot name the phones in the JUnit XML report in " + dir + ": "
                    + e.getMessage(), e);
        }
    }

    private void gatherWorkerFiles() throws IOException {
        List<Path> workerDirs;
        try (Stream<Path> entries = Files.list(dir)) {
            workerDirs = entries.filter(Files::isDirectory)
                    .filter(d -> d.getFileName().toString().startsWith(WORKER_DIR_PREFIX)).toList();
        }
        for (Path worker : workerDirs) {
            String phone = worker.getFileName().toString().substring(WORKER_DIR_PREFIX.length());
            try (Stream<Path> files = Files.list(worker)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    String named = name.endsWith(".xml") ? name.substring(0, name.length() - 4) + "-" + phone + ".xml"
                            : name;
                    Files.move(file, dir.resolve(named), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.delete(worker);
        }
    }

    private static void rename(Path report) throws IOException, ParserConfigurationException, SAXException,
            TransformerException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // The bench wrote this file itself; entities stay off all the same.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        Document doc = factory.newDocumentBuilder().parse(report.toFile());
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
