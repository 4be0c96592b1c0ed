package io.phonebench.testcases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.cli.ExitCode;
import io.phonebench.bench.cli.PhoneBenchCommand;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code run --junit-xml DIR} through the CLI on the virtual rig: the JUnit Platform's XML report, which Jenkins and
 * GitLab read, has one testcase per test and phone, each named with its phone.
 */
class JUnitXmlOfARunTest {
    @TempDir
    Path tmp;

    @Test
    void junitXmlHasATestcasePerTestAndPhoneNamedWithThePhone() throws Exception {
        Path xml = tmp.resolve("junit");

        int exit = runKeepingSurefiresAllure("run", "--rig", Rigs.path("virtual.yaml").toString(), "--suite",
                "nightly", "--tests", "ScreenshotTest", "--phones", "desk-7960,desk-7970", "--results",
                tmp.resolve("allure-results").toString(), "--junit-xml", xml.toString());

        assertEquals(ExitCode.OK, exit);
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(xml)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).toList()) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                Document doc = factory.newDocumentBuilder().parse(file.toFile());
                NodeList cases = doc.getElementsByTagName("testcase");
                for (int i = 0; i < cases.getLength(); i++) {
                    Element testcase = (Element) cases.item(i);
                    assertTrue(testcase.getAttribute("classname").endsWith("ScreenshotTest"),
                            testcase.getAttribute("classname"));
                    names.add(testcase.getAttribute("name"));
                }
            }
        }
        assertEquals(4, names.size(), "2 tests x 2 phones: " + names);
        for (String phone : List.of("desk-7960 (CP-7960G)", "desk-7970 (CP-7970G)")) {
            assertEquals(2, names.stream().filter(n -> n.endsWith(" " + phone)).count(), phone + " in " + names);
        }
        assertTrue(names.contains("idleScreenMatchesReferenceModel(Phone) desk-7970 (CP-7970G)"), names.toString());
    }

    @Test
    void filesTheRunDidNotWriteAreLeftAsTheyAre() throws Exception {
        Path xml = Files.createDirectories(tmp.resolve("junit"));
        // another tool's report (not even XML) and a previous run's report of a phone this run does not drive
        Path others = Files.writeString(xml.resolve("TEST-other-tool.xml"), "not xml: another tool's file");
        Path earlier = Files.writeString(xml.resolve("TEST-junit-jupiter-desk-8861.xml"), "<testsuite/>");

        int exit = runKeepingSurefiresAllure("run", "--rig", Rigs.path("virtual.yaml").toString(), "--suite",
                "nightly", "--tests", "ScreenshotTest.screenshotHasModelPanelSizeAndColourMode", "--phones",
                "desk-7970", "--results", tmp.resolve("allure-results").toString(), "--junit-xml", xml.toString());

        assertEquals(ExitCode.OK, exit, "a file the run did not write made it fail");
        assertEquals("not xml: another tool's file", Files.readString(others));
        assertEquals("<testsuite/>", Files.readString(earlier));
        List<String> names;
        try (Stream<Path> files = Files.list(xml)) {
            names = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertTrue(names.contains("TEST-junit-jupiter-desk-7970.xml"), names.toString());
        // one report per test engine on the class path (here also ArchUnit's), each named with the phone
        assertTrue(names.stream().allMatch(n -> n.endsWith("-desk-7970.xml") || n.equals("TEST-other-tool.xml")
                || n.equals("TEST-junit-jupiter-desk-8861.xml")), "no worker directory left: " + names);
    }

    /** The CLI points Allure at its own results directory; surefire's lifecycle is put back afterwards. */
    static int runKeepingSurefiresAllure(String... args) {
        AllureLifecycle surefires = Allure.getLifecycle();
        try {
            return PhoneBenchCommand.execute(args);
        } finally {
            Allure.setLifecycle(surefires);
        }
    }
}
