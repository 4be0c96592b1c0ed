package io.phonebench.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;

/**
 * The layering the package-info files state, checked on the main classes of every module below the test cases
 * (the bench depends on all of them, so they are all on this module's test classpath).
 */
@AnalyzeClasses(packages = "io.phonebench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The rules below hold for something: every module's main classes are imported, and no test class. */
    @ArchTest
    static void seesTheMainClassesOfEveryModule(JavaClasses classes) {
        for (String module : new String[] {"protocol", "emulator", "drivers", "bench"}) {
            assertTrue(classes.stream().anyMatch(c -> c.getPackageName().startsWith("io.phonebench." + module + ".")),
                    "no class of module " + module + " imported");
        }
        assertTrue(classes.stream().noneMatch(c -> c.getSource()
                .filter(source -> source.getUri().toString().contains("/test-classes/")).isPresent()),
                "test classes imported");
    }

    /** protocol <- emulator <- drivers <- bench: a module uses only the modules below it. */
    @ArchTest
    static final ArchRule modulesDependDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("protocol").definedBy("io.phonebench.protocol..")
            .layer("emulator").definedBy("io.phonebench.emulator..")
            .layer("drivers").definedBy("io.phonebench.drivers..")
            .layer("bench").definedBy("io.phonebench.bench..")
            .whereLayer("bench").mayNotBeAccessedByAnyLayer()
            .whereLayer("drivers").mayOnlyBeAccessedByLayers("bench")
            .whereLayer("emulator").mayOnlyBeAccessedByLayers("drivers", "bench")
            .whereLayer("protocol").mayOnlyBeAccessedByLayers("emulator", "drivers", "bench");

    @ArchTest
    static final ArchRule protocolPackagesHaveNoCycles = slices().matching("io.phonebench.protocol.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule emulatorPackagesHaveNoCycles = slices().matching("io.phonebench.emulator.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule driverPackagesHaveNoCycles = slices().matching("io.phonebench.drivers.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule benchPackagesHaveNoCycles = slices().matching("io.phonebench.bench.(**)")
            .should().beFreeOfCycles();

    /** One door per dependency: every serial driver goes through SerialLink, which turns -1 into a clear error. */
    @ArchTest
    static final ArchRule onlySerialLinkUsesJSerialComm = noClasses()
            .that().resideInAPackage("io.phonebench.drivers..")
            .and().haveNameNotMatching(door("io.phonebench.drivers.serial.SerialLink"))
            .should().dependOnClassesThat().resideInAPackage("com.fazecast.jSerialComm..")
            .because("SerialLink is the one door to jSerialComm in the drivers");

    /** GpioOutput receives its Pi4J context from its Provider; the bench builds no Pi4J context itself. */
    @ArchTest
    static final ArchRule onlyGpioOutputUsesPi4j = noClasses()
            .that().resideInAPackage("io.phonebench..")
            .and().haveNameNotMatching(door("io.phonebench.drivers.power.GpioOutput"))
            .should().dependOnClassesThat().resideInAPackage("com.pi4j..")
            .because("GpioOutput is the one door to Pi4J");

    @ArchTest
    static final ArchRule onlyThePhoneTransportUsesHttpClient = noClasses()
            .that().resideInAPackage("io.phonebench.drivers..")
            .and().haveNameNotMatching(door("io.phonebench.drivers.phone.PhoneTransport"))
            .should().dependOnClassesThat().resideInAPackage("org.apache.hc..")
            .because("PhoneTransport is the drivers' one door to HttpClient 5");

    /** Untrusted XML is read in one place, which refuses DOCTYPEs and bounds depth before anything else sees it. */
    @ArchTest
    static final ArchRule onlySecureXmlUsesWoodstox = noClasses()
            .that().resideInAPackage("io.phonebench..")
            .and().haveNameNotMatching(door("io.phonebench.protocol.xml.SecureXml"))
            .should().dependOnClassesThat().resideInAnyPackage("com.ctc.wstx..", "org.codehaus.stax2..")
            .because("SecureXml is the one door to the XML parser");

    /** The class and its nested classes (PhoneTransport is package-private, so it is named, not referenced). */
    private static String door(String className) {
        return Pattern.quote(className) + "(\\$.*)?";
    }
}
