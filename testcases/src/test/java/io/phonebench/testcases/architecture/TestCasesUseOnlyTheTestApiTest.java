package io.phonebench.testcases.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Test cases see the phone through the bench's test API only (Phone and the capability interfaces, never a board or
 * a port): a lab's suite then survives any change to the drivers and the emulator, and
 * runs the same on a real rig. Checked on the compiled suites, so a call through a returned driver type counts as
 * much as an import.
 */
class TestCasesUseOnlyTheTestApiTest {
    /** The bench packages a test may use: the phone and its capabilities, judges, verdicts, services, RTP, steps. */
    private static final String[] TEST_API = {
            "io.phonebench.bench.phone..", "io.phonebench.bench.junit..", "io.phonebench.bench.expect..",
            "io.phonebench.bench.verdict..", "io.phonebench.bench.service..", "io.phonebench.bench.rtp..",
            "io.phonebench.bench.step..", "io.phonebench.bench.wait.."};

    private static JavaClasses suites;

    @BeforeAll
    static void importSuites() {
        // jars excluded too: the bench's test-jar (its fixtures live in io.phonebench.testcases.*fixture) is on this
        // classpath as a jar once the reactor has packaged it
        suites = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("io.phonebench.testcases");
    }

    @Test
    void testCasesUseNoDriverAndNoEmulator() {
        noClasses().that().resideInAPackage("io.phonebench.testcases..")
                .should().dependOnClassesThat().resideInAnyPackage("io.phonebench.drivers..",
                        "io.phonebench.emulator..")
                .because("tests drive phones through the bench's test API (Phone, PhoneControl, ConsoleWatch, "
                        + "ReferenceView, RtpLink), never a driver or the emulator")
                .check(suites);
    }

    @Test
    void testCasesDependOnlyOnTheTestApiProtocolJUnitAllureAndTheJdk() {
        String[] allowed = new String[TEST_API.length + 6];
        System.arraycopy(TEST_API, 0, allowed, 0, TEST_API.length);
        System.arraycopy(new String[] {"io.phonebench.testcases..", "io.phonebench.protocol..", "org.junit..",
                "io.qameta.allure..", "java..", "javax.."}, 0, allowed, TEST_API.length, 6);
        classes().that().resideInAPackage("io.phonebench.testcases..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                .check(suites);
    }
}
