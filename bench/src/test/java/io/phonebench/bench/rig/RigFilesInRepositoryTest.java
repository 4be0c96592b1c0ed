package io.phonebench.bench.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.sensitivity.SensitivityRun;
import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.virtual.FirmwareProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rig files shipped in rigs/ load against the emulator's real catalog and profiles. */
class RigFilesInRepositoryTest {
    private static final Path RIGS = Path.of("..", "rigs");
    private static final Map<String, String> LAB_SECRETS = Map.of(
            "PHONEBENCH_PASSWORD", "lab-password", "PHONEBENCH_SNMP_COMMUNITY", "lab-community");

    private final RigFile rigFile = new RigFile(PhoneCatalog.standard().names(), FirmwareProfile.knownNames(),
            LAB_SECRETS::get);

    @Test
    void virtualRigHasFourEmulatedPhonesOfThreeGenerations() {
        Rig rig = rigFile.read(RIGS.resolve("virtual.yaml"));

        assertEquals("virtual", rig.name());
        assertTrue(rig.phones().size() >= 4);
        assertTrue(rig.phones().stream().allMatch(p -> p.emulatedProfile().orElse("").equals("faithful")));
        assertTrue(rig.phones().stream().allMatch(p -> p.address().startsWith("127.0.1.") && p.port() == 0));
        Set<PhoneModel.Generation> generations = rig.phones().stream()
                .map(p -> PhoneCatalog.standard().model(p.model()).generation()).collect(Collectors.toSet());
        assertEquals(Set.of(PhoneModel.Generation.values()), generations);
        assertTrue(rig.switches().values().stream().allMatch(s -> s.typeName().equals("simulated-lcus")));
    }

    @Test
    void regressionRigCarriesDeviationsOfTheEmulatorOncePerPhone() {
        Rig rig = rigFile.read(RIGS.resolve("virtual-regression.yaml"));
        List<String> profiles = rig.phones().stream().map(p -> p.emulatedProfile().orElseThrow()).toList();
        Set<String> deviations = java.util.Arrays.stream(io.phonebench.emulator.deviation.Deviation.values())
                .filter(d -> !d.legal())
                .map(io.phonebench.emulator.deviation.Deviation::id).collect(Collectors.toSet());
        assertTrue(deviations.containsAll(profiles), "every regression phone runs a firmware deviation: " + profiles);
        assertEquals(profiles.size(), Set.copyOf(profiles).size(), "one phone per deviation");
    }

    @Test
    void variationsRigCarriesEveryLegalVariationOnAPhoneOfItsOwn() {
        Rig rig = rigFile.read(RIGS.resolve("virtual-variations.yaml"));
        List<String> variations = rig.phones().stream().map(p -> p.emulatedProfile().orElseThrow()).toList();
        assertEquals(Set.copyOf(FirmwareProfile.LEGAL_VARIATIONS), Set.copyOf(variations),
                "every legal variation on a phone of the variations rig, one each (no a+b)");
        assertEquals(FirmwareProfile.LEGAL_VARIATIONS.size(), variations.size(), "one phone per legal variation");
        // the deviation catalogue runs the nightly on the same pairs (VariationsRigTest runs the certification here)
        rig.phones().forEach(p -> assertEquals(SensitivityRun.variationModel(p.emulatedProfile().orElseThrow()),
                p.model(), "model of " + p.name()));
    }

    @Test
    void faultsRigHasAFaultPerPhoneAndASilentRelayBoard() {
        Rig rig = rigFile.read(RIGS.resolve("virtual-faults.yaml"));
        assertTrue(rig.switches().values().stream().anyMatch(s -> s.fault().isPresent()));
        assertTrue(rig.phones().stream().anyMatch(p -> p.emulatedProfile().orElseThrow().startsWith("hangs-")));
    }

    @Test
    void labExampleTakesItsSecretsFromTheEnvironment() {
        Rig rig = rigFile.read(RIGS.resolve("lab-example.yaml"));
        assertEquals("lab-password", rig.credentials().password());
        assertTrue(rig.phones().stream().noneMatch(PhoneSpec::emulated));
        assertEquals("lcus", rig.switches().get("relays").typeName());
        assertEquals("poe-snmp", rig.switches().get("poe").typeName());
    }

    @Test
    void everyShippedRigLoads() throws Exception {
        try (var files = Files.list(RIGS)) {
            long loaded = files.filter(f -> f.toString().endsWith(".yaml")).map(rigFile::read).count();
            assertTrue(loaded >= 4, "rig files loaded: " + loaded);
        }
    }
}
